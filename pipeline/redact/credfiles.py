"""Credentials in the formats of files made to hold them, and in settings whose syntax no assignment rule reads.

Each form is opened by a literal (found in the password forms' automaton pass over the lower-cased text, see
``NEEDLES``) or by the file's kind (``.pgpass``), so ordinary code pays nothing for them:

* ``.pgpass`` lines: ``host:port:database:user:password`` (PostgreSQL's password file);
* ``.netrc`` entries written on one line: ``machine HOST login USER password PASS`` (an anonymous login's
  password is an email address by convention, no secret);
* SNMP communities: agents' (``rocommunity NAME``, ``snmp-server [host ADDR] community NAME``), RouterOS's
  (``/snmp community set ... name=NAME``) and pollers' settings near an SNMP section (``community = "NAME"``),
  and v3 users (``createUser NAME SHA "authpass" AES "privpass"``);
* IKE pre-shared keys on network devices (``ikev2 local-authentication pre-shared-key VALUE``);
* Dovecot's and LDAP's plaintext password scheme (``user:{PLAIN}VALUE:...``);
* JAAS ``PlainLoginModule`` users (``user_NAME="VALUE"``);
* mbsync's ``Pass VALUE`` line;
* chrony's and ntpd's symmetric keys (``10 SHA1 HEX:VALUE``);
* typed credentials in JSON exports (Keycloak's ``{"type": "password", "value": "VALUE"}``);
* .NET settings (``<setting name="MqttPassword" ...>`` then ``<value>VALUE</value>``), objects of accounts under a
  plural password name (``"playerPasswords": {"NAME": "VALUE"}``), and a hashed password's plain text kept in a
  comment beside it (``# plain for the vault: VALUE``);
* Robot Framework's variable tables (``${ADMIN_PASSWORD}    VALUE``);
* redis.conf's ``requirepass``/``masterauth``;
* cloud-init's ``chpasswd`` list (``user:password`` lines; hashes and RANDOM excepted);
* WordPress's authentication keys and salts in ``define('AUTH_KEY', '...')``;
* Consul ACL tokens: a random (version 4) UUID under a token's name in a ``consul`` block or a
  ``CONSUL_*TOKEN`` variable (UUIDs are otherwise ids, never judged secret on their own);
* Consul's, Nomad's and Serf's gossip encryption key (``encrypt = "BASE64"`` of 16 or 32 bytes);
* ``net use \\\\host\\share /user:NAME PASSWORD`` (Windows);
* network devices' local users: HAProxy's ``insecure-password``, Cisco IOS's ``password 0`` / ``secret 0``;
* passwords stated in prose, in English and in other languages (``the password for staging is X``, ``la
  contraseña del wifi es X``, ``本番DBのパスワードは X です``).
"""

from __future__ import annotations

import base64
import os
import re
from collections import Counter

from codelm.pipeline.redact.detectors import (
    _CRYPTO_ALGORITHM,
    _DOTTED_PASSPHRASE,
    _ENDS_IN_SECRET_NAME,
    _FORMAT_FIELD_IN_VALUE,
    _FULL_WIDTH_PUNCTUATION,
    _GPG_NAME,
    _HEX_COLOUR,
    _HEX_RUN,
    _IMPORT_PATH,
    _INI_KEY_OF_WORDS,
    _MPD_PERMISSIONS,
    _NOT_SECRET_NAME,
    _PASSWORD_NAME,
    _PUBLIC_NAME,
    _RANDOM_UUID,
    _REQUIREMENT,
    _STORED_ENCRYPTED_AFTER,
    _UPPER_SNAKE,
    _UUID_GROUPS,
    _UUID_SECRET_NAME,
    _VERSIONISH,
    _WORD_CHARS,
    AWS_ACCESS_KEY_ID,
    FORMAT_HEADS,
    KEY,
    PASSWORD,
    Finding,
    _name_verdict,
    _secret_value,
    _short_mixed_key,
    _storage_scheme,
    _strewn_key,
    camel_passphrase,
    elided_format_head,
    is_patterned,
    is_sequential,
    joined_passphrase,
    prose_literal,
    reads_as_random,
    scattered_digits,
    snake_name,
)
from codelm.pipeline.redact.lexicon import CODE_WORDS, COPULAS, DATA_KEY_WORDS, KEY_WORDS, PASSWORD_WORDS
from codelm.pipeline.redact.lookalikes import (
    UUID,
    cut_at_escaped_break,
    is_encrypted_value,
    is_gibberish,
    is_issue_reference,
    is_password_hash,
    is_placeholder,
    random_letter_groups,
    reads_from_elsewhere,
)

_LINE_LIMIT = 400
# (H3C's RADIUS schemes: " primary authentication ADDR key simple ..."; IOS XR's neighbor: " password clear ...")
_DEVICE_LINE = re.compile(
    r"[ \t]*(?:user|username|enable|neighbor|local-user|radius-server|tacacs-server|primary|secondary|password)[ \t]"
)


def _plain_secret(value: str) -> bool:
    return (
        bool(value)
        and not is_placeholder(value)
        and not reads_from_elsewhere(value)
        and not value.startswith(("$", "%", "<", "{"))
        and not is_password_hash(value)
    )


def _plain_password(value: str) -> bool:
    """A literal (no placeholder, look-up or hash) that reads as a password."""
    return _plain_secret(value) and _secret_value(value, "password = ", "password")


def _line_bounds(text: str, index: int) -> tuple[int, int]:
    start = max(text.rfind("\n", max(0, index - _LINE_LIMIT), index) + 1, max(0, index - _LINE_LIMIT))
    end = text.find("\n", index, index + _LINE_LIMIT)
    return start, (min(len(text), index + _LINE_LIMIT) if end < 0 else end)


# ------------------------------------------------------------------------------------- secrets written to files
# A value written into a file named for a secret, one line: a heredoc (cat > secrets/postgres_password <<EOF), a
# printf or echo redirected (printf '%s' '...' > secrets/auth_cookie_key), or shown under head's banner for the
# file (==> /var/lib/boinc-client/gui_rpc_auth.cfg <==); Docker's and systemd's secrets are such files.
_WRITTEN_BY_HEREDOC = re.compile(
    r"(?m)^[ \t]*(?:sudo[ \t]+)?(?:cat|tee)(?:[ \t]+-a)?[ \t]*(?:>>?[ \t]*)?(?P<path>[\w./~-]+)[ \t]*"
    r"<<-?[ \t]*(?P<q>['\"]?)(?P<marker>[A-Za-z_]\w*)(?P=q)[ \t]*\r?\n"
    r"(?P<value>[^\s'\"`$]{4,128})\r?\n[ \t]*(?P=marker)[ \t]*\r?$"
)
_WRITTEN_BY_PRINT = re.compile(
    r"(?:printf[ \t]+(?P<fq>['\"])%s(?P=fq)|echo(?:[ \t]+-n)?)[ \t]+(?P<q>['\"]?)(?P<value>[^\s'\"`$]{4,128})(?P=q)"
    r"[ \t]*>>?[ \t]*(?P<path>[\w./~-]+)"
)
_SHOWN_UNDER_BANNER = re.compile(
    r"(?m)^==> (?P<path>[\w./~-]+) <==\r?\n(?P<value>[^\s'\"`$]{4,128})[ \t]*\r?\n(?:\r?\n|==> |$)"
)
# (or shown by cat in a terminal session: "root@ucs:~# cat /etc/machine.secret", the value on the next line, then
# the next prompt)
_SHOWN_BY_CAT = re.compile(
    r"(?m)^[^\n]{0,80}?[$#>][ \t]*(?:sudo[ \t]+)?cat[ \t]+(?P<path>[\w./~-]+)[ \t]*\r?\n"
    r"(?P<value>[^\s'\"`$]{4,128})[ \t]*\r?\n(?=[^\n]{0,80}?[$#>][ \t]|\r?\n|$)"
)
_PLAIN_FILE_EXTENSIONS = (".txt", ".cfg", ".conf", ".ini", ".json", ".yaml", ".yml", ".env")
# A secret file's name: what names a secret, or an authentication file (BOINC's gui_rpc_auth.cfg)
_AUTH_FILE_NAME = re.compile(r"(?:^|[_.-])auth$")


def find_written_secrets(text: str) -> list[Finding]:
    """Values written into, or shown from, a file whose name says it holds a password or a key."""
    found = []
    patterns = []
    if "<<" in text:
        patterns.append(_WRITTEN_BY_HEREDOC)
    if "printf" in text or "echo" in text:
        patterns.append(_WRITTEN_BY_PRINT)
    if "==> " in text:
        patterns.append(_SHOWN_UNDER_BANNER)
    if "cat " in text:
        patterns.append(_SHOWN_BY_CAT)
    for pattern in patterns:
        for match in pattern.finditer(text):
            name = os.path.basename(match.group("path")).lower()
            if name.endswith(_PLAIN_FILE_EXTENSIONS):
                name = os.path.splitext(name)[0]  # (secrets/db_password.txt; api.key names its content)
            name = name.replace("-", "_").replace(".", "_")
            secret, password = _name_verdict(name)
            if not (secret or _ENDS_IN_SECRET_NAME.search(name) or _AUTH_FILE_NAME.search(name)):
                continue
            value = match.group("value")
            # (a "secret" file holds a generated key, /etc/machine.secret, or a password typed into it)
            generated = name.endswith("secret") and len(value) >= 20 and is_gibberish(value)
            tag = KEY if not password and (name.endswith(("key", "token")) or generated) else PASSWORD
            if _secret_value(value, "api_key = " if tag == KEY else "password = ", tag.lower()):
                found.append(Finding(match.start("value"), match.end("value"), tag, "secret_file"))
    return found


# ------------------------------------------------------------------------------------ SIM subscribers' keys
# A mobile subscriber's IMSI (15 digits: the country's code, 001 and 999 for test networks, then the network's and
# the subscriber's), then on its line the SIM's 128-bit keys in hex: Ki (GSM's COMP128), K and OP or OPc
# (Milenage), as HLRs and HSSs are provisioned (osmo-hlr's "subscriber imsi ... milenage k HEX opc HEX",
# open5gs-dbctl's "add IMSI K OPC", srsRAN's user_db.csv, pySim's card lists). Whoever has them clones the SIM.
_IMSI = re.compile(r"(?<![\w.-])(?:00[1-9]|[2-7]\d\d|90[01]|999)\d{11,12}(?![\w.-])")
_SIM_KEY = re.compile(r"(?<![\w-])(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)(?:[0-9a-f]{32}|[0-9A-F]{32})(?![\w-])")
# An authentication vector's challenge and response are sent over the air, the key's sequence number is a counter
_AIR_FIELD_BEFORE = re.compile(r"(?i)\b(?:rand|autn|auts|x?s?res|sqn)[ \t]*[:=]?[ \t]*$")
SIM_HINTS = (b"imsi", b"milenage", b"dbctl")
# ... or under their own names, in a file that provisions subscribers: YateBTS's "ki=HEX", "op=HEX" under an IMSI's
# section, UERANSIM's "op: 'HEX'", free5GC's {"permanentKeyValue": "HEX"} and {"opcValue": "HEX"}
_NAMED_SIM_KEY = re.compile(
    r"""(?i)(?<![\w.-])["']?(?:ki|k|op|opc|opc_?value|permanent_?key_?value|enc_?permanent_?key)["']?[ \t]*[:=]"""
    r"""[ \t]*["']?(?P<value>[0-9a-f]{32})(?![\w-])"""
)


def find_subscriber_keys(text: str) -> list[Finding]:
    """SIM keys in hex on the line of a subscriber's IMSI, after it, or under a SIM key's name."""
    found = [
        Finding(match.start("value"), match.end("value"), KEY, "sim_key")
        for match in _NAMED_SIM_KEY.finditer(text)
        if _SIM_KEY.fullmatch(match.group("value"))
        and not (is_patterned(match.group("value")) or is_sequential(match.group("value")))
    ]
    line_end = -1
    for imsi in _IMSI.finditer(text):
        if imsi.start() < line_end:
            continue
        line_end = text.find("\n", imsi.end())
        line_end = len(text) if line_end < 0 else line_end
        for key in _SIM_KEY.finditer(text, imsi.end(), line_end):
            if not (
                _AIR_FIELD_BEFORE.search(text, max(imsi.end(), key.start() - 12), key.start())
                or is_patterned(key.group())
                or is_sequential(key.group())
            ):
                found.append(Finding(key.start(), key.end(), KEY, "sim_key"))
    return found


# ------------------------------------------------------------------------------------ licence keys
# Licences issued as a random UUID, a run of hex or random letters and digits, under a licence's name: AMP's
# "Core.AMP.LicenceKey=<uuid>", "GCTF_LICENSE = <uuid>", "licence = "<40 hex>"", "# licence activation id <uuid>",
# "license for the stage driver: <uuid>" (a licence record's "License.Id" names the record, not the key: no "."
# before the id; FiveM's "identifier.license:<hex>" is a player's id, a scheme and its value with no space between)
_LICENCE_VALUE = re.compile(
    r"(?i)licen[cs]e(?:[_ -]?(?:key|id|code)|[_ -]?activation[_ -]?(?:id|code|key))?"
    r"""(?:["']?[ \t]*(?:=|:(?=[ \t"']))[ \t]*["']?|[ \t]+(?:(?:for|of)[ \t][^\n:=]{1,40}:[ \t]*)?)"""
    rf"(?P<value>{_RANDOM_UUID.pattern}|[0-9a-f]{{32,64}}|[0-9A-F]{{32,64}}|[A-Za-z0-9]{{16,31}})(?![\w+/=-])"
)
LICENCE_HINT = b"licen"


def find_licence_keys(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Licence keys that are a random UUID, hex or random letters and digits, under a licence's name (``hits``:
    where the word "licen" starts and ends, found in the redactor's one pass over the lower-cased bytes)."""
    found = []
    for start, _ in hits:
        match = _LICENCE_VALUE.match(text, start)
        if match is None:
            continue
        value = match.group("value")
        if not (is_patterned(value) or is_sequential(value)) and (
            # (or letters of both cases and digits drawn at random: "# licence activation code FAx9wePZQPu...")
            len(value) >= 32 or "-" in value or _short_mixed_key(value)
        ):
            found.append(Finding(match.start("value"), match.end("value"), KEY, "licence_key"))
    return found


# ------------------------------------------------------------------------------------ tokens in feed URLs
# A personal token in hex in a URL's query, as trackers and feeds hand them out ("announce?passkey=<hex>",
# "rss?uid=66358&auth=<hex>"): the URL alone signs its holder in. (Hex under other parameters is a hash or an id
# as often; the API keys' own parameters are read by the assignment rules.)
# (and an API gateway's subscription key, Azure API Management's "?subscription-key=<32 hex>")
QUERY_TOKEN_HINTS = (
    b"passkey=", b"auth=", b"authkey=", b"auth_key=", b"rsskey=", b"torrent_pass=", b"subscription-key=",
    b"subscription_key=",
)  # fmt: skip
_QUERY_TOKEN_VALUE = re.compile(r"(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})(?![\w-])")
_URL_UP_TO_PARAMETER = re.compile(r"://[^\s\"'<>?#]+\?[^\s\"'<>#]*")


def find_query_tokens(text: str, lowered: bytes, hits: list[tuple[int, int]]) -> list[Finding]:
    """Hex tokens under a feed's or tracker's authentication parameter in a URL's query (``hits``: where each
    parameter's ``name=`` starts and ends in the lower-cased bytes ``lowered``)."""
    found = []
    for start, end in hits:
        value = _QUERY_TOKEN_VALUE.match(text, end)
        if value is None or lowered[start - 1 : start] not in (b"?", b"&", b";"):
            continue
        scheme = lowered.rfind(b"://", lowered.rfind(b"\n", 0, start) + 1, start)
        if (
            scheme >= 0
            and _URL_UP_TO_PARAMETER.fullmatch(text, scheme, start)
            and not (is_patterned(value.group()) or is_sequential(value.group()))
        ):
            found.append(Finding(value.start(), value.end(), KEY, "query_token"))
    return found


# ------------------------------------------------------------------------------------ API keys named "api"
# Download clients and indexers name a service's API key "api" after the service: LazyLibrarian's and
# Mylar's "sab_api = <32 hex>", "gr_api = ...", a Torznab section's "api = <hex>". On a setting's line of its own,
# the value hex or random letters and digits.
_API_SETTING = re.compile(
    r"""[ \t]*(?:[a-z][a-z0-9]{0,20}_)?api[ \t]*=[ \t]*(["']?)(?P<value>[0-9a-f]{32,64}|[A-Za-z0-9]{16,64})\1"""
    r"""[ \t]*\r?(?:\n|$)""",
    re.IGNORECASE,
)
API_SETTING_HINTS = (b"_api =", b"_api=", b"\napi =", b"\napi=")


def find_api_settings(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Keys under a setting named "api" (``hits``: where its hint starts and ends)."""
    found = []
    for start, _ in hits:
        match = _API_SETTING.match(text, text.rfind("\n", 0, start + 1) + 1)
        if match is None:
            continue
        value = match.group("value")
        if (_HEX_KEY.fullmatch(value) or _short_mixed_key(value) or reads_as_random(value)) and (
            _secret_value(value, "api_key = ", "key")
        ):
            found.append(Finding(match.start("value"), match.end("value"), KEY, "assignment"))
    return found


# ------------------------------------------------------------------------------------ password inputs' defaults
# A settings form's password field with a default filled in: Hubitat's and SmartThings' preferences,
# 'input name: "controllerPass", type: "password", title: "...", defaultValue: "VALUE"'
_DEFAULT_ON_LINE = re.compile(r"""[^\n]{0,200}?\bdefault(?:Value)?[ \t]*:[ \t]*(["'])(?P<value>[^"'\n]{1,128})\1""")
PASSWORD_INPUT_HINTS = (b'type: "password"', b"type: 'password'")


def find_password_input_defaults(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """The default of an input declared with the password type (``hits``: where "type: 'password'" starts and
    ends)."""
    found = []
    for _, end in hits:
        match = _DEFAULT_ON_LINE.match(text, end)
        if match is not None and _plain_secret(match.group("value")):
            if _secret_value(match.group("value"), "password = ", "password"):
                found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "assignment"))
    return found


# ------------------------------------------------------------------------------------ .NET application settings
# A .NET program's user and application settings (App.config, *.exe.config, Settings.settings) name each setting
# in an attribute and give its value in a child element:
# '<setting name="MqttPassword" serializeAs="String">' then '<value>VALUE</value>'.
_SETTING_ELEMENT = re.compile(
    r"""(?i)<setting[ \t]+name=["'](?P<name>[\w.-]{1,80})["'][^>\n]{0,200}>\s{0,200}<value>"""
    r"""(?P<value>[^<\n]{1,512})</value>"""
)
SETTING_ELEMENT_HINTS = (b"<setting name=",)


def find_setting_elements(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """The values of .NET settings named for a secret (``hits``: where '<setting name=' starts and ends)."""
    found = []
    for start, _ in hits:
        match = _SETTING_ELEMENT.match(text, start)
        if match is None:
            continue
        secret, password = _name_verdict(match.group("name").lower())
        value, tag = match.group("value"), PASSWORD if password else KEY
        if (
            secret
            and _plain_secret(value)
            and _secret_value(value, "password = " if password else "token = ", tag.lower())
        ):
            found.append(Finding(match.start("value"), match.end("value"), tag, "assignment"))
    return found


# ------------------------------------------------------------------------------------ maps of passwords
# An object under a plural password name maps accounts to their passwords, each value one:
# '"playerPasswords": {"Ysolde": "VALUE", "Tamsin": "VALUE"}' (Foundry VTT), '"user_passwords": {...}'.
_PASSWORD_MAP_OPEN = re.compile(r"""(?i)["']?[\w-]{0,40}passwords["']?[ \t]*:[ \t]*\{""")
_MAP_ENTRY = re.compile(
    r"""[ \t\r\n]*(["'])(?P<account>[^"'\n]{1,80})\1[ \t]*:[ \t]*(["'])(?P<value>[^"'\n]{1,256})\3[ \t]*,?"""
)
PASSWORD_MAP_HINTS = (b'passwords": {', b"passwords': {", b'passwords":{')


def find_password_maps(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Each string value of an object under a plural password name (``hits``: where its hint starts and ends)."""
    found = []
    for start, end in hits:
        line_start = text.rfind("\n", 0, start) + 1
        opened = _PASSWORD_MAP_OPEN.search(text, line_start, end)
        if opened is None:
            continue
        position = opened.end()
        while (entry := _MAP_ENTRY.match(text, position)) is not None:
            position = entry.end()
            account, value = entry.group("account").lower(), entry.group("value")
            # ("passwords": {"min_length": "8", "hash": "argon2"}: a password policy's settings, not accounts)
            if _NOT_SECRET_NAME.search(account) or _name_verdict(account)[0]:
                continue
            if _plain_password(value):
                found.append(Finding(entry.start("value"), entry.end("value"), PASSWORD, "assignment"))
    return found


# ------------------------------------------------------------------------------------ plain copies in comments
# A password stored hashed, with its plain text kept in a comment beside it: "salt=..." then "; the plain one for
# the household vault: VALUE", "# htpasswd -> admin:$apr1$..." then "# plain for the vault: VALUE". The comment
# says "plain" and ends in the value; one of the three lines above or below names a password or a hash (a
# Kubernetes Secret's "password: <base64>" under "# plain copy kept while debugging: VALUE").
_PLAIN_COMMENT_LINE = re.compile(
    r"""[ \t]*(?:#|;|//|--)[^\n]{0,80}?\bplain(?:[ \t-]?text)?\b[^\n:]{0,60}:"""
    r"""[ \t]*(?P<value>[^\s"'`]{4,128})[ \t]*\r?$"""
)
_HASHED_PASSWORD_WORD = re.compile(r"(?i)pass|pwd|md5|sha\d|digest|hash|\$apr1\$|\$2[aby]\$")
PLAIN_COMMENT_HINTS = (b"plain",)


def find_plain_copies(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """A comment giving a hashed password's plain text (``hits``: where "plain" starts and ends)."""
    found = []
    for start, _ in hits:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = len(text) if (newline := text.find("\n", start)) < 0 else newline
        match = _PLAIN_COMMENT_LINE.match(text, line_start, line_end)
        if match is None:
            continue
        above, below = line_start, line_end
        for _ in range(3):
            above = text.rfind("\n", 0, max(0, above - 1)) + 1
            below = len(text) if (newline := text.find("\n", below + 1)) < 0 else newline
        if not (
            _HASHED_PASSWORD_WORD.search(text, above, line_start)
            or _HASHED_PASSWORD_WORD.search(text, line_end, below)
        ):
            continue
        value = match.group("value")
        if _plain_password(value):
            found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "assignment"))
    return found


# ------------------------------------------------------------------------------------ MaNGOS database info
# The MaNGOS family of game servers (TrinityCore, AzerothCore, CMaNGOS, vMaNGOS) gives each database as one
# "host;port;user;password;database" setting: LoginDatabaseInfo = "127.0.0.1;3306;trinity;VALUE;auth", and
# AC_WORLD_DATABASE_INFO="ac-database;3306;root;VALUE;acore_world" in AzerothCore's docker .env. The port field
# is a number, or a Unix socket's path after the host ".". A password the same as the user is the install's
# default account (trinity;trinity), which the project documents.
_DATABASE_INFO = re.compile(
    r"""(?i)database[_.]?info["']?[ \t]*[=:][ \t]*["']?[^;"'\s]{1,253};(?:\d{1,5}|[^;"'\s]*/[^;"'\s]*);"""
    r"""(?P<user>[^;"'\s]{1,128});"""
    r"""(?P<value>[^;"'\n]{1,128});[^;"'\s]{1,128}["']?[ \t]*\r?$""",
    re.MULTILINE,
)
DATABASE_INFO_HINTS = (b"databaseinfo", b"database_info", b"database.info")


def find_database_info_passwords(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """The password field of MaNGOS-style database settings (``hits``: where their names' hints start and end)."""
    found = []
    for start, _ in hits:
        match = _DATABASE_INFO.match(text, start)
        if match is None:
            continue
        value = match.group("value")
        if value != match.group("user") and _plain_password(value):
            found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "assignment"))
    return found


# ----------------------------------------------------------------------- secrets named by where they stand
# A TOML or INI section that names its settings passwords: Chainlink's secrets.toml "[Password]" then
# "Keystore = 'VALUE'" and "VRF = 'VALUE'"
_PASSWORD_SECTION_SETTING = re.compile(
    r"""[ \t]*(?P<name>[A-Za-z][\w.-]{0,63})[ \t]*=[ \t]*(?:(?P<q>["'])(?P<quoted>[^"'\n]{1,256})(?P=q)|"""
    r"""(?P<bare>[^\s"'#;]{1,256}))[ \t]*\r?$"""
)
# A secret printed by the command on the line above it, in a shell transcript: "$ kubectl get secret ... -o
# jsonpath='{.data.password}' | base64 -d" then the password alone on its line
_DECODED_SECRET_COMMAND = re.compile(
    r"(?i)[^\n]*?\bsecret\b[^\n]*(?:pass|token|key)[^\n]*\|[ \t]*base64[ \t]+(?:-d|--decode)[ \t]*\r?\n"
)
_PRINTED_VALUE = re.compile(r"(?P<value>[^\s$#>]\S{5,255})[ \t]*\r?$", re.MULTILINE)
# An execution client's and a consensus client's shared JWT secret (jwt.hex: "0x" and 64 hex digits), quoted in a note
_JWT_HEX_VALUE = re.compile(r"[^\n:=]{0,80}:[ \t]*(?P<value>0x[0-9a-fA-F]{64})(?![0-9a-fA-F])")
# reCAPTCHA's pair given in prose on one line, "public SITEKEY private SECRET": both start "6L", the word tells them
_RECAPTCHA_PRIVATE = re.compile(
    r"[^\n]{0,160}?\b(?:private|secret)(?:[ \t]+key)?[ \t]*[:=]?[ \t]*(?P<value>6L[0-9A-Za-z_-]{38})(?![\w-])"
)
# rippled's and xrpld's config: a section named for the validator's or the node's seed, the seed on the next line
_SEED_SECTION_VALUE = re.compile(
    r"\[(?:validation|node)_seed\][ \t]*\r?\n[ \t]*(?P<value>[A-Za-z0-9]{20,64})[ \t]*\r?$", re.M
)
# kubeadm's "init phase upload-certs --upload-certs" output: "[upload-certs] Using certificate key:" then the key
_KUBEADM_CERTIFICATE_KEY = re.compile(r"[ \t]*:?[ \t]*\r?\n[ \t>]*(?P<value>[0-9a-f]{64})[ \t]*\r?$", re.M)
# A browser cookie as cookie-export extensions save it: {"domain": ..., "expirationDate": ..., "value": "...", ...}
_COOKIE_OBJECT_VALUE = re.compile(r'"value"[ \t]*:[ \t]*"(?P<value>[A-Za-z0-9%_.~+/=-]{24,4096})"')
# A key object built from its literal: Hedera's PrivateKey.from_string("302e0201..."), a notebook's escaped quotes
_KEY_FROM_LITERAL = re.compile(
    r"""(?i)privatekey\.from_?(?:string|hex|der|bytes|string_ed25519|string_ecdsa)\((?P<q>\\?["'])"""
    r"""(?P<value>(?:0x)?[0-9a-fA-F]{64,200})(?P=q)\)"""
)
# ModSecurity's rule that admits a request by its token header: SecRule REQUEST_HEADERS:X-Admin-Token "!@streq VALUE"
_HEADER_TOKEN_RULE = re.compile(
    r"""(?i)request_headers:[\w-]*(?:token|key|secret|auth)[\w-]*[ \t]+\\?"!?@streq[ \t]+(?P<value>[^\s"\\]{16,256})"""
)
# java-tron's config.conf: "localwitness = [ ... ]" lists the witness accounts' private keys, 64 hex digits each
_LOCALWITNESS_KEY = re.compile(r'[ \t\r\n]*"(?P<value>[0-9a-fA-F]{64})"[ \t]*,?')
PLACED_SECRET_HINTS = (
    b"[password]", b"[passwords]", b"base64 -d", b"base64 --decode", b"jwt.hex", b"jwtsecret", b"recaptcha",
    b"[validation_seed]", b"[node_seed]", b"using certificate key", b'"expirationdate":', b"privatekey.from",
    b"@streq ", b"localwitness = [",
)  # fmt: skip


def _random_key(match: re.Match | None) -> list[Finding]:
    """The match's ``value`` as a KEY when it reads as random (a "0x" before hex aside)."""
    value = match and match.group("value").removeprefix("0x")
    if value and not is_patterned(value) and not is_sequential(value) and is_gibberish(value):
        return [Finding(match.start("value"), match.end("value"), KEY, "assignment")]
    return []


def find_placed_secrets(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Secrets a place names rather than their own names: the settings of a section named for passwords, the line a
    secret-decoding command printed, the value quoted after a JWT secret file's name, the private half of a
    reCAPTCHA pair in prose, rippled's seed sections, the certificate key kubeadm prints (``hits``: where their
    words start and end)."""
    found = []
    for start, end in hits:
        word = text[start:end].lower()
        if word.endswith("_seed]") or word == "using certificate key":
            # (a seed section's pattern opens with its header; kubeadm's key follows the hint's words)
            seed = word.endswith("_seed]")
            match = (_SEED_SECTION_VALUE if seed else _KUBEADM_CERTIFICATE_KEY).match(text, start if seed else end)
            if match is not None and is_gibberish(match.group("value")) and not is_patterned(match.group("value")):
                found.append(Finding(match.start("value"), match.end("value"), KEY, "assignment"))
        elif word == '"expirationdate":':
            opening, closing = text.rfind("{", 0, start), text.find("}", end)
            if opening < 0 or closing < 0 or "}" in text[opening:start] or '"domain"' not in text[opening:closing]:
                continue
            match = _COOKIE_OBJECT_VALUE.search(text, opening, closing)
            if match is not None and (is_gibberish(match.group("value")) or scattered_digits(match.group("value"))):
                found.append(Finding(match.start("value"), match.end("value"), KEY, "session_cookie"))
        elif word == "privatekey.from":
            found += _random_key(_KEY_FROM_LITERAL.match(text, start))
        elif word == "@streq ":
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            found += _random_key(_HEADER_TOKEN_RULE.search(text, text.rfind("\n", 0, start) + 1, line_end))
        elif word == "localwitness = [":
            position = end
            while (match := _LOCALWITNESS_KEY.match(text, position)) is not None:
                if not is_patterned(match.group("value")):
                    found.append(Finding(match.start("value"), match.end("value"), KEY, "assignment"))
                position = match.end()
        elif word.startswith("["):
            if text.rfind("\n", 0, start) + 1 != start:
                continue
            position = text.find("\n", end) + 1
            while 0 < position < len(text) and not text.startswith("[", position):
                line_end = text.find("\n", position)
                line_end = len(text) if line_end < 0 else line_end
                match = _PASSWORD_SECTION_SETTING.match(text, position, line_end)
                group = match and ("quoted" if match.group("quoted") is not None else "bare")
                if match is not None and _plain_password(match.group(group)):
                    found.append(Finding(match.start(group), match.end(group), PASSWORD, "assignment"))
                position = line_end + 1
        elif word.startswith("base64"):
            line_start = text.rfind("\n", 0, start) + 1
            command = _DECODED_SECRET_COMMAND.match(text, line_start) if text.startswith("$", line_start) else None
            if command is None or command.end() < end:
                continue
            match = _PRINTED_VALUE.match(text, command.end())
            if match is not None and _plain_password(match.group("value")):
                tag = PASSWORD if "pass" in text[line_start:start].lower() else KEY
                found.append(Finding(match.start("value"), match.end("value"), tag, "assignment"))
        elif word == "recaptcha":
            match = _RECAPTCHA_PRIVATE.match(text, end)
            if match is not None and is_gibberish(match.group("value")[2:]):
                found.append(Finding(match.start("value"), match.end("value"), KEY, "assignment"))
        else:
            match = _JWT_HEX_VALUE.match(text, end)
            if match is not None and not is_patterned(match.group("value")[2:]):
                found.append(Finding(match.start("value"), match.end("value"), KEY, "assignment"))
    return found


# ------------------------------------------------------------------------------ YAML users by group
# MITRE Caldera's conf/local.yml: "users:", then each group ("red:", "blue:"), then "NAME: PASSWORD" per user
_USERS_BLOCK = re.compile(r"(?m)^users:[ \t]*\r?\n")
_GROUP_LINE = re.compile(r"(?P<indent>[ \t]+)[A-Za-z][\w.-]{0,40}:[ \t]*\r?\n")
_USER_PASSWORD_LINE = re.compile(
    r"(?P<indent>[ \t]+)(?P<user>[A-Za-z][\w.@-]{0,63}):[ \t]+(?P<value>[^\s#\"'{\[&*|>][^\s#]{0,255})[ \t]*\r?$"
)
# The fields a user's record gives, never a user named so: "email: ...", "role: admin", "shell: /bin/bash"
_USER_FIELD_NAMES = frozenset(
    "name username user login email mail role roles group groups uid gid id home shell password_hash hash comment "
    "description display_name displayname full_name fullname first_name last_name enabled active state type".split()
)
USERS_BLOCK_HINTS = (b"users:",)


def find_group_user_passwords(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Each user's password in a top-level ``users:`` block that groups users and gives each ``NAME: PASSWORD``
    (``hits``: where the block's word starts and ends)."""
    found = []
    for start, _ in hits:
        block = _USERS_BLOCK.match(text, start) if start == 0 or text[start - 1] == "\n" else None
        if block is None:
            continue
        position, pairs = block.end(), []
        while (group := _GROUP_LINE.match(text, position)) is not None:
            position = group.end()
            while True:
                line_end = text.find("\n", position)
                line = _USER_PASSWORD_LINE.match(text, position, len(text) if line_end < 0 else line_end)
                if line is None or len(line.group("indent")) <= len(group.group("indent")):
                    break
                pairs.append(line)
                position = line.end() + 1
        if not pairs or any(pair.group("user").lower() in _USER_FIELD_NAMES for pair in pairs):
            continue  # (a block of records, "alice:" then "email: ...": no passwords by user)
        for pair in pairs:
            value = pair.group("value")
            if value.lower() not in ("true", "false", "null", "~") and _plain_password(value):
                found.append(Finding(pair.start("value"), pair.end("value"), PASSWORD, "assignment"))
    return found


# ------------------------------------------------------------------------------ tokens in a service's URL
# anaconda.org's and a private conda server's token channels: https://conda.anaconda.org/t/TOKEN/CHANNEL
_CONDA_TOKEN_URL = re.compile(r"https?://[^\s/\"']*conda[^\s/\"']*/t/$")
# an Ethereum node provider's project key in its endpoint: https://mainnet.infura.io/v3/KEY, Alchemy's /v2/KEY
_NODE_PROVIDER_URL = re.compile(r"https?://[^\s/\"']*(?:infura|alchemy|rpc|quiknode)[^\s/\"']*/v[23]/$")
_URL_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,128}(?=[/\s\"'?#]|$)")
# Kurento's TURN relay given with its account: turnURL=USER:PASSWORD@ADDRESS:PORT
_TURN_URL = re.compile(
    r"""(?i)turnurl["']?[ \t]*[=:][ \t]*["']?(?:turns?:)?[^\s:@"']{1,64}:(?P<value>[^\s@"']{1,128})@"""
)
URL_TOKEN_HINTS = (b"/t/", b"/v3/", b"/v2/", b"turnurl")


def find_url_tokens(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Keys a service reads from its URL's path (a conda channel's token, a node provider's project key) and the
    password in Kurento's ``turnURL`` (``hits``: where their words start and end)."""
    found = []
    for start, end in hits:
        if text[start:end].lower() == "turnurl":
            match = _TURN_URL.match(text, start)
            if match is not None and _plain_password(match.group("value")):
                found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "url_password"))
            continue
        line_start = max(text.rfind("\n", 0, start) + 1, start - 200)
        before = _CONDA_TOKEN_URL if text[start:end] == "/t/" else _NODE_PROVIDER_URL
        if before.search(text, line_start, end) is None:
            continue
        match = _URL_TOKEN.match(text, end)
        token = match and match.group()
        if token and (is_gibberish(token) or scattered_digits(token)) and not is_placeholder(token):
            found.append(Finding(match.start(), match.end(), KEY, "url_token"))
    return found


# ------------------------------------------------------------------------- secrets in a command's own syntax
# IRC: "/msg NickServ REGISTER PASSWORD EMAIL", "IDENTIFY [NICK] PASSWORD"; a channel's key set as its +k mode
# (eggdrop's chanmode "+k KEY", "/mode #chan +k KEY"); eggdrop's "server add HOST [+]PORT PASSWORD"
_NICKSERV_COMMAND = re.compile(
    r"(?i)nickserv[ \t]+(?P<verb>register|identify)[ \t]+(?P<first>[^\s\x01]{1,128})"
    r"(?:[ \t]+(?P<second>[^\s\x01]{1,128}))?"
)
_CHANNEL_KEY_MODE = re.compile(
    r"(?i)(?:chanmode|mode)\b[^\n+]{0,80}(?:\+[a-z]+)*?\+[a-z]*k[a-z]*[ \t]+(?P<value>[^\s\"'}]{1,64})"
)
_EGGDROP_SERVER = re.compile(
    r"(?im)^[ \t]*server[ \t]+add[ \t]+\S+[ \t]+\+?\d{1,5}[ \t]+(?P<value>[^\s#]{1,128})[ \t]*\r?$"
)
# geth's console: personal.unlockAccount("0xADDRESS", "PASSWORD", SECONDS)
_UNLOCK_ACCOUNT = re.compile(
    r"""(?i)unlockaccount\([ \t]*(["']?)(?:0x)?[0-9a-f]{40}\1[ \t]*,[ \t]*(["'])(?P<value>[^"'\n]{1,128})\2"""
)
# steamcmd's "+login USER PASSWORD [GUARD]" ("+login anonymous" gives none)
_STEAMCMD_LOGIN = re.compile(r"\+login[ \t]+[^\s+\"']{1,64}[ \t]+(?P<value>[^\s+\"'][^\s\"']{0,127})")
# A container registry's account given to crictl, skopeo, podman or buildah: --creds USER:PASSWORD (and skopeo's
# --src-creds, --dest-creds)
_CREDS_OPTION = re.compile(
    r"""-creds(?:[ \t]+|=)(?P<q>["']?)[^\s:"']{1,64}:(?P<value>[^\s"']{1,128})(?P=q)(?![^\s])"""
)
COMMAND_SECRET_HINTS = (b"nickserv", b"+k ", b"server add ", b"unlockaccount(", b"+login ", b"-creds")


def find_command_secrets(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Passwords given in a command's own words: IRC's NickServ registration and identification and a channel's
    key mode, eggdrop's server lines, geth's account unlock, steamcmd's login and a registry account's ``--creds``
    (``hits``: where the commands' words start and end)."""
    found = []
    for start, end in hits:
        word = text[start:end].lower()
        if word == "nickserv":
            match = _NICKSERV_COMMAND.match(text, start)
            if match is None:
                continue
            group = "first"
            if match.group("verb").lower() == "identify" and match.group("second"):
                group = "second"  # "IDENTIFY NICK PASSWORD": the account's name first
        elif word == "+k ":
            line_start = text.rfind("\n", 0, start) + 1
            match = _CHANNEL_KEY_MODE.search(text, line_start, end + 64) if start - line_start < 120 else None
            if match is not None and match.start("value") != end:
                continue
            group = "value"
        elif word == "server add ":
            match = _EGGDROP_SERVER.match(text, text.rfind("\n", 0, start) + 1)
            group = "value"
        elif word == "+login ":
            match = _STEAMCMD_LOGIN.match(text, start)
            group = "value"
        elif word == "-creds":
            match = _CREDS_OPTION.match(text, start)
            group = "value"
        else:
            match = _UNLOCK_ACCOUNT.match(text, start)
            group = "value"
        if match is None or not match.group(group):
            continue
        # (a channel's key is any word the operators agree on, a keyboard walk included: chanmode "+k 1qaz2wsx")
        if _plain_password(match.group(group)) or (word == "+k " and _plain_secret(match.group(group))):
            found.append(Finding(match.start(group), match.end(group), PASSWORD, "assignment"))
    return found


# ------------------------------------------------------------------------------------ Vault's init output
# "vault operator init" (and OpenBao's) prints each unseal key share and the initial root token once, to be
# kept apart; copied into notes, tickets and config comments they unseal the store and read all of it:
# "Unseal Key 1: <base64 or hex>", "Initial Root Token: hvs.<random>" (older servers' "s.<random>").
_VAULT_INIT_LINE = re.compile(
    r"(?i)(?:unseal[ \t_-]key(?:[ \t_-]?\d{1,2})?|(?:initial[ \t_-])?root[ \t_-]token)[ \t]*:[ \t]*"
    r"(?P<value>(?-i:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{44}|[0-9a-f]{64,66}|(?:hv[sb]|[sb])\.[A-Za-z0-9_-]{24,120}))"
    r"(?![\w+/=.-])"
)
VAULT_INIT_HINTS = (b"unseal key", b"unseal_key", b"root token", b"root_token")


def find_vault_init_secrets(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Unseal key shares and root tokens as Vault's init prints them (``hits``: where their labels start and
    end)."""
    found = []
    for start, _ in hits:
        match = _VAULT_INIT_LINE.match(text, start)
        if match is None or is_patterned(match.group("value")) or is_placeholder(match.group("value")):
            continue
        found.append(Finding(match.start("value"), match.end("value"), KEY, "vault_init"))
    return found


# ------------------------------------------------------------------------------------ CouchDB's [admins]
# CouchDB's local.ini lists its server admins as "name = password" under [admins]; the server replaces a clear
# password with "-pbkdf2-..." (or "-hashed-...") on its first start, so a clear one is a password as typed.
_ADMINS_SECTION_LINE = re.compile(r"(?m)^[ \t]*(?![;#\[])[^\s=]{1,64}[ \t]*=[ \t]*(?P<value>[^\s;]{1,256})[ \t]*\r?$")
ADMINS_SECTION_HINT = b"[admins]"


def find_couchdb_admins(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Clear passwords of the admins CouchDB's ``[admins]`` section lists (``hits``: where its header starts and
    ends)."""
    found = []
    for start, header_end in hits:
        end = text.find("\n[", header_end)
        for match in _ADMINS_SECTION_LINE.finditer(text, start, len(text) if end < 0 else end):
            value = match.group("value")
            if not value.startswith(("-pbkdf2-", "-hashed-")) and _plain_secret(value):
                if _secret_value(value, "password = ", "password"):
                    found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "credential_file"))
    return found


# ------------------------------------------------------------------------------------------------ .pgpass
_PGPASS_LINE = re.compile(
    r"(?m)^[ \t]*[^\s:#][^\s:]*:(?:\d{1,5}|\*):[^\s:]+:[^\s:]+:(?P<value>[^\s]{1,256})[ \t]*\r?$"
)


def find_pgpass(text: str) -> list[Finding]:
    """Every ``host:port:db:user:password`` line of a ``.pgpass`` file."""
    found = []
    for match in _PGPASS_LINE.finditer(text):
        value = match.group("value")
        if _plain_secret(value) and value != "*":
            found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "pgpass"))
    return found


# ------------------------------------------------------------------------------------ PgBouncer's userlist.txt
# PgBouncer's auth_file: '"user" "password"' per line, the password in clear or as its md5/SCRAM hash
_USERLIST_LINE = re.compile(r'(?m)^[ \t]*"(?:[^"\n]|"")+"[ \t]+"(?P<value>(?:[^"\n]|""){1,256})"[ \t]*\r?$')


def find_pgbouncer_userlist(text: str) -> list[Finding]:
    """Every clear password of a PgBouncer ``userlist.txt`` (hashed ones are kept)."""
    found = []
    for match in _USERLIST_LINE.finditer(text):
        if _plain_secret(match.group("value")):
            found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "pgpass"))
    return found


# ------------------------------------------------------------------------------ per-station and per-client files
# hostapd's wpa_psk_file: "[keyid=ID] [vlanid=N] [wps=1] MAC PASSPHRASE" (8 to 63 characters, or a 64-hex PSK)
_WPA_PSK_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:keyid|vlanid|wps)=\S+[ \t]+)*(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}[ \t]+"
    r"(?P<value>[^\s#][^\n]{7,62}?|[0-9A-Fa-f]{64})[ \t]*\r?$"
)
# HexChat's servlist.conf: "P=" a network's server password, "B=" its NickServ or SASL password
_HEXCHAT_PASSWORD_LINE = re.compile(r"(?m)^[PB]=(?P<value>[^\n]{1,256}?)[ \t]*\r?$")
# NcFTP's bookmarks: "NAME,HOST,USER,PASSWORD,ACCOUNT,DIRECTORY,..." (a password it obscures reads "*encoded*...")
_NCFTP_BOOKMARK = re.compile(r"(?m)^[^,\n#]+,[^,\n]+,[^,\n]*,(?P<value>[^\n]{1,128}?),[^,\n]*,/")

# sendxmpp's account file: "user@server password [component]" on its one line
_SENDXMPP_ACCOUNT = re.compile(r"(?m)^[ \t]*[^\s#@]+@[^\s@]+[ \t]+(?P<value>\S{1,256})(?:[ \t]+\S+)?[ \t]*\r?$")
# pppd's pap-secrets and chap-secrets: "CLIENT SERVER SECRET [ADDRESSES...]", each word quoted or not
_PPP_SECRETS_LINE = re.compile(
    r"""(?m)^[ \t]*(?:"[^"\n]+"|[^\s#"]\S*)[ \t]+(?:"[^"\n]*"|\S+)[ \t]+(?P<q>"?)(?P<value>[^\s"]{1,256})(?P=q)"""
    r"""(?=[ \t]|\r?$)"""
)
# Wowza Streaming Engine's admin.password and publish.password: "USER PASSWORD [GROUPS]" per line, in clear
_WOWZA_USER_LINE = re.compile(r"(?m)^[ \t]*[^\s#]\S*[ \t]+(?P<value>\S{1,256})(?:[ \t]+\S+)?[ \t]*\r?$")
_STATION_FILE_LINES = {
    "ppp_secrets": _PPP_SECRETS_LINE,
    "wowza_users": _WOWZA_USER_LINE,
    "wpa_psk": _WPA_PSK_LINE,
    "hexchat_servlist": _HEXCHAT_PASSWORD_LINE,
    "ncftp_bookmarks": _NCFTP_BOOKMARK,
    "sendxmpprc": _SENDXMPP_ACCOUNT,
}


def find_station_passwords(text: str, kind: str) -> list[Finding]:
    """The passwords of a file that lists one per station, network, host or user: hostapd's ``wpa_psk`` file,
    HexChat's ``servlist.conf``, NcFTP's ``bookmarks``, sendxmpp's ``.sendxmpprc``, pppd's ``pap-secrets`` and
    ``chap-secrets``, Wowza's ``admin.password`` and ``publish.password``."""
    found = []
    for match in _STATION_FILE_LINES[kind].finditer(text):
        value = match.group("value")
        if value.startswith("*encoded*") and len(value) == len("*encoded*"):
            continue
        if _plain_secret(value):
            found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "credential_file"))
    return found


# ------------------------------------------------------------------------------------ provider-config.yaml
# ProjectDiscovery's provider-config.yaml (uncover, nuclei, subfinder): "SERVICE:" then "- KEY" per key, Censys's as
# "API_ID:SECRET", FOFA's and some others' as "EMAIL:KEY"
_PROVIDER_KEY_LINE = re.compile(r"""(?m)^[ \t]*-[ \t]+(["']?)(?P<value>[^\s"'#]{8,512})\1[ \t]*\r?$""")


def find_provider_keys(text: str) -> list[Finding]:
    """Every API key listed under a service in a ``provider-config.yaml`` (an account's email is left to the email
    detector)."""
    found = []
    for match in _PROVIDER_KEY_LINE.finditer(text):
        start = match.start("value")
        for part in match.group("value").split(":"):
            if "@" not in part and _plain_secret(part) and len(part) >= 8:
                found.append(Finding(start, start + len(part), KEY, "credential_file"))
            start += len(part) + 1
    return found


# ------------------------------------------------------------------------------------------ sasl_passwd
# Postfix's SMTP relay credentials: "[smtp.host]:587    user@mail.com:password", one relay per line (Google's app
# passwords as shown, four groups of four letters)
_SASL_PASSWD_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\s]+\](?::\d{1,5})?|[^\s#\[]\S*)[ \t]+(?P<user>[^\s:]+):"
    r"(?P<value>[a-z]{4}(?: [a-z]{4}){3}|\S{1,256})[ \t]*\r?$"
)


def find_sasl_passwd(text: str) -> list[Finding]:
    """The password of every relay line of a Postfix ``sasl_passwd`` file (Amazon SES's, derived from an IAM key
    whose id is the user, is a KEY)."""
    found = []
    for match in _SASL_PASSWD_LINE.finditer(text):
        if _plain_secret(match.group("value")):
            tag = KEY if _AWS_KEY_ID.fullmatch(match.group("user")) else PASSWORD
            found.append(Finding(match.start("value"), match.end("value"), tag, "sasl_passwd"))
    return found


_AWS_KEY_ID = re.compile(AWS_ACCESS_KEY_ID)


# ------------------------------------------------------------------------------------------------ Lisp pairs
# A Lisp's way to give a named value: an association list's pair "(password . "VALUE")" (Scheme, Emacs Lisp), LFE's
# tuple "#(db-pass "VALUE")", a property "(:password "VALUE")" or ":api-key "VALUE"", "(setq smtp-password "VALUE")"
_LISP_PAIR = re.compile(
    r'(?:[(\[{]|(?<=\s)):?(?P<name>[A-Za-z][\w*+!?-]{0,63})[ \t]+(?:\.[ \t]+)?"(?P<value>(?:[^"\\\n]|\\.){1,256})"'
)


def find_lisp_pairs(text: str) -> list[Finding]:
    """Values given to secrets' names in a Lisp source's pairs, properties and assignments."""
    found = []
    for match in _LISP_PAIR.finditer(text):
        name = match.group("name").lower().replace("-", "_")
        secret, password = _name_verdict(name)
        value = match.group("value")
        if secret and _plain_secret(value) and _secret_value(value, f"{name} = ", "password" if password else "key"):
            tag = PASSWORD if password else KEY
            found.append(Finding(match.start("value"), match.end("value"), tag, "assignment"))
    return found


# ------------------------------------------------------------------------------------- labelled secrets in notes
# A handover note's line that gives a secret under a label of one or two words in any language ("Kluč: X", "- Hesło
# 2: X", "(Wachwaord, admin: X)", "鎖匙 (X)", "Passwort für ops@corp.de: X", the account it opens after the words):
# the words for key and password differ in every language and no list holds them all, so the value's anatomy
# decides. Random letters of both cases and digits (or a vendor's prefix before them) are a key; a value made up as
# people make passwords (letters, digits and a symbol; capitalised words and a number; words joined by dots or
# hyphens and a number) is a password. A hash's or an id's label ("SHA256:",
# "Commit:", "Request ID:") names what it is and is read by the usual look-alike checks.
# (each line is tried from the newline before it, a literal the regex engine finds fast, with possessive label
# words: a "^" under MULTILINE is tried at every character, and prose documents are mostly lines with no label)
_LABELLED_LINE = re.compile(
    r"(?m)\n[ \t]*(?:[-*•][ \t]+|\(|:)?"  # (":" opens a reST field: ":API key: ``X``")
    # (a first word may be a service's domain: "fanart.tv key: X")
    r"(?P<label>[^\W\d_][^\s:=(),.!<>]{0,19}+(?:\.[a-z]{2,6}+)?+(?:[ \t]-?[^\W\d_][^\s:=(),.!<>]{0,19}+){0,3})"
    r"(?:[ \t]+\d{1,2}|[ \t]*\([^()\n]{1,24}\)|,[ \t]*[^\s:=(),]{1,20}"
    # (an account's address: tried only on a line that holds an "@")
    r"|(?=[^\n@]{1,100}@)(?:[ \t]+[^\s:=(),@]{1,12}){0,3}"
    r"[ \t]+[^\s:=()<>@]{1,64}@[A-Za-z0-9.-]{1,64}\.[A-Za-z]{2,24})?"
    # (after a copula only a value with a digit: prose's sentences end in words)
    # (or three words joined, last on the line: "... (backup) ha turnip_paprika_juniper")
    r"(?:[ \t]*[:：=]|[ \t]+\(|[ \t]+(?P<copula>[^\s:=(),.!<>|`'\"]{1,6})[ \t]+"
    r"(?=[^\s`'\"()]*\d|[a-z]{4,}[-_][a-z]{4,}[-_][a-z]{4,}[ \t]*\r?$))"
    r"[ \t]*(?P<q>`{0,2})(?P<value>[^\s`'\"()]{6,128}?)(?P=q)\)?"
    # a second value after a short joining word ("Passwort: X und Y", "密码: X 搭 Y")
    r"(?:[ \t]+[^\W\d_]{1,8}[ \t]+(?P<value2>[^\s`'\"()]{6,128}?))?[ \t]*[.۔।။።。]?"
    # (a forum post's closing tag: "pass: X[/CODE]")
    r"(?:\[/[A-Za-z]{1,10}\])?\r?$"
)
_COPULA_WORDS = frozenset(COPULAS)
# A label of up to three words (and a short copula) alone on a line, then the secret alone on the next
_LABEL_THEN_VALUE_LINE = re.compile(
    r"(?m)\n[ \t]*(?P<label>[^\W\d_][^\s:=(),.!<>]{0,19}+(?:\.[a-z]{2,6}+)?+"
    r"(?:[ \t][^\W\d_][^\s:=(),.!<>]{0,19}+){0,3}"
    # (and what it is for, in brackets: "mot de passe (serveur)", "phasiwede (Wi-Fi)")
    r"(?:[ \t]\([^()\n]{1,24}\))?)"
    r"[ \t]*:?\r?\n[ \t]*(?P<value>[^\s`'\"()]{6,128})[ \t]*\r?$"
)
# A verb-final language's line: the label, the value, then the copula, and maybe a second value after a joining word
# ("routee avain X on.", "сервер апароль X ауп и Y.", "replit קלידי X ינאי."); the label must hold a secret's word
_VERB_FINAL_LINE = re.compile(
    r"(?m)\n[ \t]*(?:[-*•][ \t]+)?"
    r"(?P<label>[^\W\d_][^\s:=(),.!<>]{0,19}+(?:[ \t][^\W\d_][^\s:=(),.!<>]{0,19}+){0,3})"
    r"[ \t]+(?P<q>`{0,2})(?P<value>[^\s`'\"()]{6,128}?)(?P=q)[ \t]+[^\W\d_][^\s.,;:!?]{0,11}"
    r"(?:[ \t]+[^\W\d_]{1,8}[ \t]+(?P<value2>[^\s`'\"()]{6,128}?))?[ \t]*[.۔।။።。]\r?$"
)
# The same in a Markdown table's row: "| Passwort 2 | `X` |", "| key | X |" (a block quote's too: "> | key | X |")
_LABELLED_TABLE_ROW = re.compile(
    r"\n[ \t]*(?:>[ \t]*)*\|[ \t]*(?P<label>[^\W\d_][^|\n`]{0,40}?)[ \t]*\|[ \t]*"
    r"(?P<q>`?)(?P<value>[^\s`|'\"]{6,128})(?P=q)"
    r"[ \t]*\|[ \t]*\r?$",
    re.MULTILINE,
)
# The same row in HTML (a wiki's or Confluence's storage format): <tr><th>LABEL</th><td>VALUE</td></tr>
_LABELLED_HTML_ROW = re.compile(
    r"\n[ \t]*(?:<tr>[ \t]*)?<th>[ \t]*(?P<label>[^\W\d_][^<>\n`]{0,40}?)[ \t]*</th>[ \t]*<td>[ \t]*"
    r"(?P<q>`?)(?P<value>[^\s`<>'\"]{6,128})(?P=q)[ \t]*</td>"
)

# A list's comma before a word or a field (field1,-field2; 5,period:30; OID,value=1), a host's port (localhost:8899)
_OPTION_LIST = re.compile(r",[-+]?[A-Za-z_]|,[\w.-]+[:=]|^[\w.-]+:\d{2,5}$")
# (and a coin or a chain's name before a donation address: "USDT (Tron TRC20): T...")
_JOINED_NAME = re.compile(r"[A-Za-z]+(?:[-_](?:[A-Za-z]+|\d+)){2,}")
_PUBLIC_LABEL = re.compile(
    r"(?i)\b(?:signature|address|fingerprint|checksum|usdt|usdc|btc|bitcoin|eth|ethereum|tron|[te]rc-?20|solana|"
    r"wallet|ton|ltc|litecoin|doge|dogecoin|xmr|monero|bnb|xrp|donations?|"
    # (a public key's own label, "Bob pub: ...", and the address types: "bitcoin_gold p2pkh ...")
    r"pub|public|p2pkh|p2sh|p2wpkh|p2wsh|p2tr)\b"
)
_YAML_ALIAS = re.compile(r"[*&][A-Za-z_][\w-]{0,40}")
_COMPARED_LABEL = re.compile(
    r"(?i)before|after|expected|actual|got|want(?:ed)?|computed|stored|recomputed|original|modified|changed"
)
_ID_LABEL_END = re.compile(r"(?:^|[\s_.-])(?:ID|[Ii]d)$")
# A UUID after a word naming what it identifies: NVIDIA's GPU-<uuid> and MIG-<uuid>
_PREFIXED_UUID_ID = re.compile(r"[A-Za-z]{2,12}-" + UUID.pattern)
_WORD_LIST_ANY_SCRIPT = re.compile(r"[^\W\d_]+\d*(?:[,，、][ \t]*[^\W\d_]+\d*)+")
_PATH_PART = re.compile(r"[A-Za-z_][\w-]*")


def _identifier_path(value: str) -> bool:
    """Names of code joined by "/" ("TaskPipelineController/scu_h3_merge", "hes-gateway/terminal/updateTouModeV2"):
    every part an identifier of words, none of random characters."""
    parts = value.split("/")
    return len(parts) >= 2 and all(
        _PATH_PART.fullmatch(part) and not is_gibberish(part.replace("_", "").replace("-", "")) for part in parts
    )


_SUBSCRIPT = re.compile(r"[A-Za-z_][\w.]*(?:\[[^\]\s]{1,40}\])+")  # (and "sent[i+1][0]": subscripts chained)
_CODE_CONSTANT = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.[A-Z][A-Z0-9]*_?[A-Z0-9_]*[A-Z]")
_MODULE_TYPE = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*\.[A-Z][A-Za-z0-9]*")
_OPTION_WITH_VALUE = re.compile(r"--?[A-Za-z][\w.-]*=\S+")
_IMAGE_OR_REQUIREMENT = re.compile(
    r"[a-z0-9][a-z0-9._/-]*:(?:v?\d+(?:\.\d+)*|latest|stable|lts|alpine|slim)(?:-[a-z0-9.]+)*"
    r"|[A-Za-z][\w.-]*(?:\[[\w,.-]+\])?(?:[<>=!~]=|[<>])v?\d+(?:\.\d+)*(?:,(?:[<>=!~]=|[<>])v?\d+(?:\.\d+)*)*"
)
_HOST_NAME_OR_ADDRESS = (
    r"(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-fA-F:]*::[0-9a-fA-F:]*\]?|\.?[a-z0-9-]+(?:\.[a-z0-9-]+)+|\*)"
)
_HOST_LIST = re.compile(rf"{_HOST_NAME_OR_ADDRESS}(?::\d{{1,5}})?(?:,{_HOST_NAME_OR_ADDRESS}(?::\d{{1,5}})?)+")


# Words that hold "pass" and name no password ("Client Options Passthrough", "Boarding pass", "bypass")
_PASS_IN_WORD = re.compile(
    r"(?<![a-z])(?:passthrough|passage|passenger|passive|passport|passing|passed|passes|bypass|compass|trespass"
    r"|overpass|underpass|encompass)"
)


def _says_password(label: str) -> bool:
    """A label that names a password, in any language ("Passwort 2", "db_password", "ລະຫັດຜ່ານ")."""
    lowered = label.lower()
    return bool(_PASSWORD_WORD.search(label) or _PASSWORD_NAME.search(lowered)) and not _PASS_IN_WORD.search(lowered)


def find_labelled_secrets(text: str) -> list[Finding]:
    """Keys and passwords alone on a note's line after a short label, and under a Markdown table's column named for
    them (prose documents only: in code the assignment rules read names)."""
    lines = "\n" + text  # (offsets in ``lines`` are one past those in ``text``)
    found = _table_column_secrets(text) + _login_pair_cells(text) if "|" in text else []
    patterns = (_LABELLED_LINE, _LABELLED_TABLE_ROW) if "|" in text else (_LABELLED_LINE,)
    found += _labelled_rows(lines, (*patterns, _LABELLED_HTML_ROW) if "<th>" in text else patterns)
    return found + _labels_ending_lines(lines)


# What a login's column is headed: "login", "credentials", "user / password", "account", "access"
_LOGIN_HEADER = re.compile(r"(?i)login|log-in|sign[ -]?in|credential|creds|account|user|auth|pass|pwd|access")


def _column_header(text: str, bar: int) -> str:
    """The header of the Markdown table column whose cell opens at the ``|`` at ``bar`` ("" outside a table's
    body)."""
    row_start = text.rfind("\n", 0, bar) + 1
    column = text.count("|", row_start, bar) + (0 if text[row_start:bar].lstrip().startswith("|") else 1)
    header = _table_header(text, row_start).strip().strip("|").split("|")
    return header[column] if column < len(header) else ""


# A Markdown table's cell that gives a login as `user` / `password` (a host inventory's "login" column)
_LOGIN_PAIR_CELL = re.compile(r"\|[ \t]*`[\w.@+-]{1,64}`[ \t]*/[ \t]*`(?P<value>[^`\s|]{6,128})`[ \t]*(?=\|)")


def _login_pair_cells(text: str) -> list[Finding]:
    found = []
    for match in _LOGIN_PAIR_CELL.finditer(text):
        if not _LOGIN_HEADER.search(_column_header(text, match.start())):
            continue  # "| `OneEuroFilter` / `ExponentialMovingAverage` |": two names under an API table's column
        value = match.group("value")
        # (or drawn at random with many symbols: "nPgPnc!^X!X?LYXzHjB")
        letters = "".join(char for char in value if char.isalpha())
        if _plain_secret(value) and (
            _typed_password(value) or (len(value) >= 12 and not letters.islower() and is_gibberish(letters))
        ):
            found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "table_password"))
    return found


def find_html_row_secrets(text: str) -> list[Finding]:
    """Keys and passwords in an HTML table's row after its header cell, in markup files (where only such a row is a
    label's; a line's "Label: VALUE" is text or code there)."""
    return _labelled_rows("\n" + text, (_LABELLED_HTML_ROW,)) if "<th>" in text else []


def _labelled_rows(lines: str, patterns: tuple[re.Pattern, ...]) -> list[Finding]:
    """A label and its value on one line: a note's "Label: VALUE", a table's row."""
    found = []
    for pattern in patterns:
        matches = list(pattern.finditer(lines))
        labels = Counter(match.group("label").lower() for match in matches)
        for match in matches:
            label = match.group("label")
            wifi = _WIFI_LABEL.fullmatch(label) is not None
            if (_HEADER_NAME.fullmatch(label) and not wifi) or _PUBLIC_NAME.search(label.lower()):
                continue  # "Sec-WebSocket-Accept: ..." in a request dump (the header rules read those), "PublicKey = "
            if pattern is _LABELLED_TABLE_ROW and (
                _DIGEST_COLUMNS.search(_table_header(lines, match.start() + 1))
                or (_FILE_NAME_LABEL.fullmatch(label) and _hex_digest(match.group("value")))
            ):
                continue  # "| file | SHA256 |" over "| SCHEMA-draft-11.md | `38fe...` |": each file's digest
            password_label = _says_password(label) or _PRE_SHARED.search(label) is not None or wifi
            if pattern is _LABELLED_LINE and not password_label and len(label.split()) > 3:
                continue  # four words: only a password's label runs so long ("VPN Passwort vom Server: X")
            if (
                labels[label.lower()] >= _RECORD_LABEL_LINES
                and _COMMAND_WORD.fullmatch(label)
                and not password_label
                and not _KEY_LABEL.search(label)
                and not _vendor_key_label(label)
            ):
                continue  # "write:CHANGELOG.md#1", "mkdir:tests#1", line after line: a log's records, no secret
            # a word between label and value, the language's copula ("Schlüssl is X", "sénha di sirvidor é X"):
            # a sentence too could end so, so there only a password's word or a key's random letters count (a
            # device's "... host ADDR key VALUE" names the secret there: the device rules read those)
            copula = pattern is _LABELLED_LINE and match.group("copula") is not None
            if copula and (
                match.group("copula").lower() in _SECRET_KEYWORDS
                # (or a number, no word: "linkStyle 1 stroke:#fe4450", a diagram's style for its first link)
                or not any(char.isalpha() for char in match.group("copula"))
                or match.group("value2") is not None  # (the sentence goes on: "Paswot ... em X, plis senisim.")
                or any(char.isdigit() for char in label)
                or "@" in match.group("value")
            ):
                continue  # "sshpass -p X ssh admin@host": a command's words, not a label's
            for group in ("value", "value2") if pattern is _LABELLED_LINE else ("value",):
                if match.group(group) is None:
                    continue
                if group == "value" and match.group(group)[0] in "{[" and match.group(group)[-1] not in "}]":
                    break  # "journal = {arXiv preprint arXiv:2509.24650},": a BibTeX field's words, in braces
                value = match.group(group)
                if pattern is _LABELLED_LINE and value.endswith(";") and not match.group("q"):
                    break  # "ssl_session_cache shared:SSL:10m;": a server's directive, ended as its syntax ends one
                if wifi and not _made_up_shape(value):
                    continue  # "| Wi-Fi | `HomeNet5G` |": the network's name; its password is typed as passwords are
                if copula and not (
                    password_label
                    or _RANDOM_KEY_MATERIAL.fullmatch(value)
                    # (a digest's length of hex, one case with digits or a UUID under a key's word: "kii ej <hex>")
                    or (
                        _KEY_LABEL.search(label)
                        and (_HEX_40.fullmatch(value) or _strewn_key(value) or _RANDOM_UUID.fullmatch(value))
                    )
                    # (a one-word label in any language, a short copula and a value typed as passwords are: a
                    # digit and a symbol among letters, "lösenuordeð ir awl2mica^Orinoco")
                    or (
                        " " not in label
                        and len(match.group("copula")) <= 4
                        and _PASSWORD_SYMBOLS.search(value)
                        and any(char.isdigit() for char in value)
                        and any(char.isalpha() for char in value)
                    )
                ):
                    continue
                before = lines[match.start() + 1 : match.start(group)]
                # an aside that says the value is private names it a secret as a key's word would: "ePrint cloud
                # code (keep private): X", "photos.key content (base64, do not share): X"
                private = _PRIVATE_ASIDE.search(lines, match.end("label"), match.start(group)) is not None
                tag = _labelled_tag(value, f"{label} secret" if private else label, password_label, before)
                if (
                    tag is None
                    and private
                    and len(value) >= 16
                    and value.isalnum()
                    and len(_DIGIT_RUN.findall(value)) >= 3  # (one case with digits strewn through: a device's code)
                    and _plain_secret(value)
                    and _secret_value(value, before, "key")
                ):
                    tag = KEY
                if tag is not None:
                    found.append(Finding(match.start(group) - 1, match.end(group) - 1, tag, "labelled_secret"))
    return found


def _table_header(lines: str, row_start: int) -> str:
    """The header row of the Markdown table whose row starts at ``row_start`` ("" outside a table's body)."""
    while row_start > 0:
        line_start = lines.rfind("\n", 0, row_start - 1) + 1
        line = lines[line_start : row_start - 1]
        if not line.lstrip(" \t>").startswith("|"):
            return ""
        if _TABLE_DELIMITER.fullmatch(line):
            return lines[lines.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
        row_start = line_start
    return ""


_FILE_NAME_LABEL = re.compile(r"[\w.-]+\.[A-Za-z][A-Za-z0-9]{0,4}")
_DIGEST_COLUMNS = re.compile(r"(?i)\b(?:sha-?(?:1|224|256|384|512)?|sha3\S*|md5|blake2\w*|checksums?|digests?|hash)\b")


_PRIVATE_ASIDE = re.compile(
    r"(?i)\([^()\n]*\b(?:keep (?:it )?(?:private|secret|safe)|do not share|don't share|confidential|private)\b"
    r"[^()\n]*\)"
)


_MODEL_TAG = re.compile(r"[a-z][\w.-]*:(?:\d+(?:\.\d+)?[bkm]|latest)(?:-[\w.]+)?")
_NUMBERED_ITEM = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+:\d+")
_PATH_START = re.compile(r"(?:/|~/|[A-Za-z]:\\)[\w.~-]+[/\\]")
_DATE_IN_VALUE = re.compile(
    r"(?<!\d)(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=[-_T]?\d{4,6}(?!\d)))(?!\d)"
)
# How many lines under one label make them records of a log or a listing (a note gives each secret its own label)
_RECORD_LABEL_LINES = 3
_COMMAND_WORD = re.compile(r"[a-z]+")


def _labels_ending_lines(lines: str) -> list[Finding]:
    """A label ending its line with the value alone on the next, and a label's words before a value ending a line."""
    found = []
    for match in _LABEL_THEN_VALUE_LINE.finditer(lines):
        # "nykkeln ir\nB880B483...", "пароль\norbit.lagoon.anchor": a label (and its copula) end a line, the secret
        # alone fills the next; a key's label needs random key material, a password's a typed password
        label, value = match.group("label"), match.group("value")
        if "_" in label and value.startswith(label[: label.index("_") + 1]):
            continue  # "wifi_password\nwifi_protected_setup": a list of names sharing their first word, no label
        if "/" in label or (label == "pass" and value.startswith("@")):
            continue  # "pkg/pass.py" in a file list; Python's "pass" statement, then a decorated definition
        password_label = _says_password(label) or (_WIFI_LABEL.fullmatch(label) is not None and _made_up_shape(value))
        if _DIGEST_LABEL.search(label) or not (
            password_label
            or _RANDOM_KEY_MATERIAL.fullmatch(value)
            # (under a key's word, one case with digits strewn through, or a random UUID: "clé\nGZ7AFX9XWHZ...")
            or (_KEY_LABEL.search(label) and (_strewn_key(value) or _RANDOM_UUID.fullmatch(value)))
            or (
                _vendor_key_label(label)
                and (_RANDOM_UUID.fullmatch(value) or _short_mixed_key(value) or _HEX_40.fullmatch(value))
            )
        ):
            continue
        tag = _labelled_tag(value, label, password_label, lines[match.start() + 1 : match.start("value")])
        if tag == KEY or (tag == PASSWORD and password_label):
            found.append(Finding(match.start("value") - 1, match.end("value") - 1, tag, "labelled_secret"))
    for match in _VERB_FINAL_LINE.finditer(lines):
        label = match.group("label")
        password_label = _says_password(label)
        key_label = _KEY_LABEL.search(label) is not None
        words = label.lower().split()
        if not (password_label or key_label) or words[-1] in _COPULA_WORDS:
            # "Build 3f9a2c1d passed.": a sentence, no label; "The idempotency key is X here.", "La contraseña ye X;
            # camúdala.": the copula before the value, a sentence the stated forms read
            continue
        if (
            len(words) >= 2
            and words[-1] == "key"
            and (words[-2] in DATA_KEY_WORDS or _NOT_SECRET_NAME.search(words[-2] + "_key"))
        ):
            continue  # "the cache key 5d41... expired.": a key of data, no credential
        for group in ("value", "value2"):
            value = match.group(group)
            if value is None or not (
                password_label
                or _RANDOM_KEY_MATERIAL.fullmatch(value)
                or _HEX_40.fullmatch(value)
                or _strewn_key(value)
                or _RANDOM_UUID.fullmatch(value)
            ):
                continue
            tag = _labelled_tag(value, label, password_label, lines[match.start() + 1 : match.start(group)])
            if tag is not None:
                found.append(Finding(match.start(group) - 1, match.end(group) - 1, tag, "labelled_secret"))
    return found


_MARKDOWN_REFERENCE = re.compile(r"!?\[[^\]]*\](?:\[[^\]]*\]|\()")
_UNIT = r"(?:ns|us|µs|ms|s|sec|min|h|[kmgt]i?b|%|x)"
_MEASUREMENT = re.compile(rf"(?i)[~<>≈]?\d+(?:\.\d+)?[ \t]?{_UNIT}(?:[~–-]\d+(?:\.\d+)?[ \t]?{_UNIT})?")
# Names of one kind joined by an operator: "items1+items2", "rows*cols"
_NAMES_IN_AN_EXPRESSION = re.compile(r"[a-z_]+\d*(?:[+*/][a-z_]+\d*)+")


def _labelled_tag(value: str, label: str, password_label: bool, before: str) -> str | None:
    """KEY or PASSWORD for a value a note's label gives, by the value's anatomy; None for anything else."""
    if value[-1] in ",;" and not _PASSWORD_SYMBOLS.search(value[:-1]):
        return None  # "serial_settings=SERIAL_SETTINGS_V4,": an argument list's item, the comma its own
    if _PUBLIC_LABEL.search(label) or _PUBLIC_LABEL.search(before, before.rfind("\n") + 1):
        # "Signature: ...", "Address (p2pkh): ...", "ravencoin p2pkh ...": what a wallet publishes beside its keys
        return None
    if value[0] in "*&" and _YAML_ALIAS.fullmatch(value):
        return None  # "action: *id001": a YAML alias (or "&id001", its anchor), PyYAML's for a repeated node
    if label.strip() in ("UID", "PRODID"):
        return None  # iCalendar's and vCard's ids: an event's "UID:<hex>", the producer's "PRODID:-//org//app//EN"
    if ":" in value and value.split(":", 1)[0].lower() == label.strip().lower():
        return None  # entry_points.txt's "crypt2file = crypt2file:main": the label's own module, then its function
    if value[0] == "#" and _HEX_COLOUR.fullmatch(value):
        return None  # "style VALID fill:#90EE90": a colour
    if not password_label and (
        value[0] == ":"
        or value[-1] == ":"
        or _MARKDOWN_REFERENCE.search(value)
        or _MEASUREMENT.fullmatch(value)
        or _NAMES_IN_AN_EXPRESSION.fullmatch(value)
    ):
        # "Catch2::Catch2" (a C++ scope), "shape as v0.13:" (a label of its own), "[![ci-linux][8]][9]" (a Markdown
        # badge's references), "Average per parse: 0.1ms~0.15ms" (a measurement), "items = items1+items2" (code)
        return None
    if (
        not password_label
        and _ID_LABEL_END.search(label)
        and not _KEY_LABEL.search(label)
        and (
            not any(is_gibberish(part) for part in re.split(r"[._/-]", value) if len(part) >= 8)
            or _PREFIXED_UUID_ID.fullmatch(value)
        )
    ):
        # "Operation ID: `tenantadmin.createM2mToken`", "TENANT_ID=...", "ecc384_id: GPU-<uuid>": an identifier,
        # named so
        return None
    if ("/" in value and _identifier_path(value)) or (not value.isascii() and _WORD_LIST_ANY_SCRIPT.fullmatch(value)):
        # "接口路径: TaskPipelineController/scu_h3_merge" (a route of code's names), "示例: 屏蔽词1,屏蔽词2" (a list)
        return None
    if not password_label and (
        (_MODULE_TYPE.fullmatch(value) and not is_gibberish(value.rsplit(".", 1)[1]))
        or _OPTION_WITH_VALUE.fullmatch(value)
    ):
        # "cat_id: pydantic.UUID4" (a field's type; Flagsmith's "ser.YaNYr8giaf..." is a key),
        # "JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8" (options)
        return None
    if not password_label and (
        _PATH_START.match(value)
        or _DATE_IN_VALUE.search(value)
        or ("*" in value and "." in value)
        # ("comparison vs Auth0/Clerk/Keycloak/fastapi-users", "Job: xgboost-training-20260114-123456": names)
        or (_JOINED_NAME_PARTS.fullmatch(value) and not is_gibberish(value.replace("-", "").replace("/", "")))
    ):
        # "STORAGE_DATA=/var/folders/7k/...", "cutoff=d:1-1-1980", "bus_name: org.mpris.MediaPlayer2.*": a path, a
        # date, a name's pattern
        return None
    if not password_label and (_MODEL_TAG.fullmatch(value) or _NUMBERED_ITEM.fullmatch(value)):
        return None  # "ollama pull qwen2.5:7b-instruct": a model and its tag; "added: groceries-3:1": an item's id
    if not _plain_secret(value) or _CODE_CONSTANT.fullmatch(value) or _SUBSCRIPT.fullmatch(value.rstrip(",;")):
        # (scope=ldap3.LEVEL): a module's constant, code in a document's example; "salt = hashed[:2]": a slice
        return None
    if (
        # (under a label that names no secret, not words and numbers joined: "GPU Model: NVIDIA-GeForce-RTX-4090")
        (
            _MIXED_RANDOM.fullmatch(value)
            and (password_label or _KEY_LABEL.search(label) or not _JOINED_NAME.fullmatch(value))
        )
        # (not a snake_case name of words: "data: wvs_wave7_gps_country_ab_2country_probe", a dataset's)
        or (_VENDOR_PREFIXED.fullmatch(value) and not _snake_words(value))
        # (not under a comparison's label: "before: 3ff4...", "after: 3ff4..." compare digests; nor under an account's
        # name, "jane@corp.com:<md5>", "CORP\\jdoe - <NT hash>": a dump of password hashes)
        or (
            _HEX_KEY.fullmatch(value)
            and not _DIGEST_LABEL.search(label)
            and not _COMPARED_LABEL.fullmatch(label)
            and "@" not in label
            and "\\" not in label
        )
        # (forty hex digits, a SHA-1's length, only under a label that says key or token: SonarCloud's tokens)
        or (_HEX_40.fullmatch(value) and _KEY_LABEL.search(label) and not _DIGEST_LABEL.search(label))
        # (one case of letters with digits strewn through, under a key's label: "| ᏗᏍᏚᎢᏍᏗ | f6jdua2eip9b684q... |")
        or (len(value) >= 24 and _KEY_LABEL.search(label) and _strewn_key(value))
    ) and not value.startswith("0x"):
        # (0x and hex of both cases: an Ethereum address with its checksum, public)
        if _secret_value(value, before, "password" if password_label else "key"):
            return PASSWORD if password_label else KEY
    if not password_label and _OPTION_LIST.search(value):
        return None  # "sort=field1,-field2", "iterations:5,period:30", "| proxy/ | localhost:8899 |": options, a host
    if _IMAGE_OR_REQUIREMENT.fullmatch(value) or ("," in value and _HOST_LIST.fullmatch(value)):
        # "image: mysql:8.0" (a container image and its tag), "Server extra: granian[reload]>=2.6.0" (a dependency),
        # "ALLOWED_HOSTS=localhost,127.0.0.1" (hosts)
        return None
    if _made_up_password(value, password_label) and _secret_value(value, before, "password"):
        return PASSWORD
    if (_RANDOM_UUID.fullmatch(value) or _short_mixed_key(value)) and _vendor_key_label(label):
        # "| FACEIT key | <uuid> |", "- Songkick key: L8Z9GnIQ5cX3ta98": a service's key, named by the service
        return KEY
    if (
        (prefixed := _PREFIXED_UUID.fullmatch(value))
        and _RANDOM_UUID.fullmatch(value, prefixed.start("uuid"))
        and _KEY_NAME_END.search(label)
    ):
        return KEY  # "mailkey  = ctx7sk-305a049e-...": a vendor's prefix before a random UUID, under a key's name
    if _RANDOM_UUID.fullmatch(value) and (_UUID_SECRET_NAME.search(label.lower()) or _KEY_WORD_LABEL.search(label)):
        # "| APPSIGNAL_PUSH_API_KEY | <uuid> |", ":API key: <uuid>", "| Imperva ଚାବି | <uuid> |": a provider's key
        # issued as a random UUID (see assignment)
        return KEY
    return None


def _snake_words(value: str) -> bool:
    """Lower-case words joined by "_", none of random letters: a name in code or data."""
    parts = value.split("_")
    words = [part.strip("0123456789") for part in parts]  # (a number is a name's part too: env_270377)
    return len(parts) >= 4 and value.islower() and not any(is_gibberish(word) for word in words if len(word) >= 5)


def _made_up_password(value: str, password_label: bool) -> bool:
    """``value`` has the anatomy of a password people make up; words joined by hyphens, or capitalised words
    without a number, only under a password's label (elsewhere a branch's or a slug's, a type's or a command's
    name); under a password's label, also any value with a digit or a symbol."""
    if value[0] in "=<>~!^" or (not password_label and (camel_passphrase(value) or is_issue_reference(value))):
        # "python-dateutil==2.9.0.post0": a requirement's version; "(`BleWakeUp`)": a command's name; "methods
        # (GH-#404)": an issue tracker's reference
        return False
    if _VERSIONISH.match(value) or _IMPORT_PATH.match(value) or value.count(":") > 1 or _TEMPLATE_MARK.search(value):
        # "5.2.0,!=5.2.0.post0", "jinja2.ext:babel_extract", "5432:app:svc:...", "idlelib.%1": versions, code,
        # records, templates
        return False
    if _REQUIREMENT.match(value):
        return False  # "dependency: `httpx>=0.28.1,<1.0`": a package and the versions it accepts
    if _made_up_shape(value):
        return True
    return (
        password_label
        and (
            bool(_HYPHEN_WORDS.fullmatch(value))
            or (bool(_WORD_TRIPLE.fullmatch(value)) and _FIELD_WORDS.isdisjoint(re.split(r"[-_]", value)))
            or prose_literal(value)
            or (any(char.isdigit() for char in value) and not snake_name(value))
            # (four words or more joined by dots: "prairie.lantern.sage.hazel"; three of no code's under the label)
            or bool(_DOTTED_WORDS.fullmatch(value))
            or joined_passphrase(value)
        )
        and not _FORMAT_NAME.fullmatch(value)
    )


def _strewn_digits(value: str) -> bool:
    """Eight or more letters and digits, a digit among them: "E6D5IDFARC", "KE7HKJQ1"."""
    return len(value) >= 8 and value.isalnum() and len(_DIGIT_RUN.findall(value)) >= 1 and not value.isdigit()


def _made_up_shape(value: str) -> bool:
    if camel_passphrase(value.rstrip("0123456789")) or _DOTTED_PASSPHRASE.fullmatch(value):
        return True  # ("HarbourTamarindGlacier46": capitalised words and a number)
    if _GENERATED_GROUPS.fullmatch(value) and not value.islower():
        return True  # Safari's and iCloud Keychain's strong passwords: "qexjke-ednluo-ogxqyJ", "fsiba7-iVjajj-kwparw"
    if _PASSWORD_SYMBOLS.search(value):
        return (
            any(char.isalpha() for char in value)
            and any(char.isdigit() for char in value)
            and not _TIME_OR_PATH.search(value)
            and not _MAC_OR_PAIR.match(value)
            and len(value) <= 40
        )
    return bool(_ONE_DOT.fullmatch(value)) and not _FILE_NAME.fullmatch(value) and _BOTH_CASES_AND_DIGITS.match(value)


# three groups of six letters and digits, mostly lower-case, as Apple's password generator gives them
_GENERATED_GROUPS = re.compile(r"(?=(?:[^A-Z]*[A-Z]){0,2}[^A-Z]*$)[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}")
# (letters of both cases and digits, as generators draw them; hex digests and words-with-numbers are no match)
_MIXED_RANDOM = re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[A-Za-z0-9_+/-]{20,128}={0,2}")
# (40: a SHA-1, a commit's id, a key's fingerprint)
_HEX_KEY = re.compile(r"[0-9a-f]{32}|[0-9a-f]{48,128}|[0-9A-F]{32}|[0-9A-F]{48,128}")
# the labels of digests and version control's ids, which hex is as often as a key
_DIGEST_LABEL = re.compile(
    r"(?i)commit|check-?in|changeset|revision|rev\b|sha|hash|digest|checksum|fingerprint|\bid\b|(?<=_)id\b|etag|md5|blake|"
    r"crc|tree|parent|object|build|nonce|salt|uuid|guid|sign|"
    # (Windows' password hashes and the Kerberos key that equals one: "nt : <hex>", "rc4-hmac (23) : <hex>")
    r"\b(?:nt|lm)\b|ntlm|rc4-hmac|"
    # (what names a thing: an SNMPv3 context's or engine's name, a digest of a path)
    r"\bname\b|context|engine"
)
# a vendor's prefix, its kind and region words, then the random part: "hl_sk_...", "llx-...", "tk-us-..."
_VENDOR_PREFIXED = re.compile(r"[a-z]{2,12}[_-](?:[a-z]{1,5}[_-]){0,2}(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{24,128}")
_HEX_INTEGER = re.compile(r"0[xX][0-9A-Fa-f]{1,16}")
_SECRET_KEYWORDS = frozenset(("key", "secret", "password", "pass", "token", "community"))
_HEX_40 = re.compile(r"[0-9a-f]{40}|[0-9A-F]{40}")
_KEY_WORDS = "(?:" + "|".join(map(re.escape, KEY_WORDS)) + ")"  # (the lexicon's words for key, any script)
_KEY_LABEL = re.compile(r"(?i)\b(?:api[ _-]?)?(?:key|token|secret)\b|(?<!\w)" + _KEY_WORDS + r"(?!\w)")
# A vendor's prefix before a random UUID ("ctx7sk-305a049e-..."), under a name that ends in a key's word
_PREFIXED_UUID = re.compile(
    r"[a-z][a-z0-9]{1,9}[-_](?P<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
)
_KEY_NAME_END = re.compile(r"(?i)(?:key|token|secret)$")
# A key's word as a label's last word ("API key", "Lusha võț", "Imperva ଚାବି"), not a key's id or name
_KEY_WORD_LABEL = re.compile(r"(?i)(?:\bapi[ _-]?key|(?<!\w)" + _KEY_WORDS + r")(?:[ \t]*\(\d\))?$")
_PRE_SHARED = re.compile(r"(?i)pre-?shared")  # an IPsec or Wi-Fi pre-shared key is typed: a password
# A network's word alone as a note's label: what follows is its password when typed as passwords are
_WIFI_LABEL = re.compile(r"(?i)wi-?fi|wlan")
# A service's proper name (capitalised, or its domain) and a word for key ending a label: "FACEIT key", "fanart.tv
# ki", "PurpleAir llave" (a lower-case word before "key" names a key of data as often: "lookup key")
_VENDOR_KEY_LABEL = re.compile(
    r"(?:^|[ \t])(?P<vendor>[A-Z][\w.-]*|[a-z][a-z0-9-]*\.[a-z]{2,6})[ \t]+(?:(?i:key|token)|" + _KEY_WORDS + r")$"
    # (or the word first, as French and Venda put it: "clé Imgur", "khii Open-Meteo")
    r"|^(?:(?i:key|token)|" + _KEY_WORDS + r")[ \t]+"
    r"(?P<vendor_after>[A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)?|[a-z][a-z0-9-]*\.[a-z]{2,6})$"
)


def _vendor_key_label(label: str) -> bool:
    match = _VENDOR_KEY_LABEL.search(label)
    return match is not None and (match.group("vendor") or match.group("vendor_after")).lower() not in DATA_KEY_WORDS


_RANDOM_KEY_MATERIAL = re.compile(f"{_MIXED_RANDOM.pattern}|{_VENDOR_PREFIXED.pattern}|{_HEX_KEY.pattern}")
_HEADER_NAME = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+")
_PASSWORD_SYMBOLS = re.compile(r"[!#$%&*+=?^~,;:]")
_TIME_OR_PATH = re.compile(r"\d{1,2}:\d{2}|[/\\@]|://")
_FILE_NAME = re.compile(r".+\.[a-z0-9]{1,5}")
# what a help text says the value is ("Пароль: sha256.", "Jelszó: base64."): a format's or an algorithm's name
_FORMAT_NAME = re.compile(
    r"(?i)(?:sha|md|crc|blake|base|utf|ucs|iso|aes|rsa|ecdsa|ed|x|p|pbkdf|argon|scrypt)[-_]?\d{1,5}(?:[a-z]{1,3}\d{0,3})?"
)
_TEMPLATE_MARK = re.compile(r"%\w|\$\{|\{\w*\}")
_ONE_DOT = re.compile(r"[^\W_]+\.[^\W_]+")  # ("Maoshaven1850.SIK"; "LGPL-2.1-or-later" is a licence's name)
# a hardware address's bytes ("01:5a:6a:1b:4b"), a setting given as name=value ("internal_vip=10.1.2.3")
_MAC_OR_PAIR = re.compile(r"(?:[0-9A-Fa-f]{2}[:-]){2,}[0-9A-Fa-f]{2}|[A-Za-z_][\w.]*=")
_BOTH_CASES_AND_DIGITS = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)")
_HYPHEN_WORDS = re.compile(r"[a-z]{3,}(?:-[a-z]{3,}){3,}")
# Three words of four letters or more, joined by hyphens or underscores: "pebble-bramble-prairie" under a password's
# label (not the names a table of fields documents: "user_password_hash", "read-only-mode")
_WORD_TRIPLE = re.compile(r"[a-z]{4,}([-_])[a-z]{4,}\1[a-z]{4,}")
_DOTTED_WORDS = re.compile(r"[a-z]{3,}(?:\.[a-z]{3,}){3,}")
_FIELD_WORDS = frozenset(
    "password passwd pass secret token hash hashed salt user username name field value default none null empty "
    "only read write mode file path config setting settings from with same your here there this that none "
    "environment variable vault store stored plain text".split()
)


# ------------------------------------------------------------------------------------- password manager CSV
# KeePass, Bitwarden, LastPass and browser exports, and user tables: a header row names a password column
# ("Password", "login_password") or a key's ("login_totp", "api_key"); each row's cell under it is the secret.
def find_secret_columns(text: str) -> list[Finding]:
    """The cells under secret-named columns of a CSV file's rows (quoted cells without their quotes)."""
    lines = iter(_lines_with_starts(text))
    header = next(((start, line) for start, line in lines if line.strip()), None)
    if header is None:
        return []
    cells = _csv_cells(header[1], header[0])
    if cells is None:
        return []
    columns = {}
    for index, (start, end) in enumerate(cells):
        name = text[start:end].strip().lower().replace(" ", "_")
        secret, password = _name_verdict(name)
        if secret and _COLUMN_NAME.fullmatch(name):
            columns[index] = (name, PASSWORD if password else KEY)
    if not columns:
        return []
    found, inside_cell = [], False
    for line_start, line in lines:
        row = None if inside_cell else _csv_cells(line, line_start)
        if line.count('"') % 2:
            inside_cell = not inside_cell  # a quoted cell (Notes) runs over lines: its next lines are no rows
        if row is not None and _DEFAULT_NOTE.search(line):
            continue  # "hmc","hscroot","abc123",,,"vendor default, unused": the row says its password is the vendor's
        for index, (name, tag) in columns.items() if row is not None else ():
            if index < len(row):
                start, end = row[index]
                value = text[start:end]
                if value.strip() == value and _plain_secret(value) and _secret_value(value, f"{name} = ", tag.lower()):
                    found.append(Finding(start, end, tag, "secret_column"))
    return found


# A CSV header inside another file (a table dumped in a session log or a note), a password's or secret's column
# among three or more: "#key,username,password,cryptmethod,authdomain,comments,disable" (xCAT's tabdump)
_EMBEDDED_CSV_HEADER = re.compile(
    r"(?im)^#?(?=[^\n]*(?:pass|secret|token))[a-z_][\w ]{0,40}(?:,[a-z_][\w ]{0,40}){2,}[ \t]*\r?$"
)
# (a quoted cell's commas are the cell's, not the row's)
_QUOTED_CELL = re.compile(r'"[^"\n]*"')


def find_embedded_secret_columns(text: str) -> list[Finding]:
    """The secret-named columns of CSV tables inside other files: the header's line, then the rows with as many
    commas, read as a CSV file of their own."""
    found = []
    for header in _EMBEDDED_CSV_HEADER.finditer(text):
        commas = header.group().count(",")
        end = header.end()
        while end < len(text):
            line_end = text.find("\n", end + 1)
            line_end = len(text) if line_end < 0 else line_end
            if _QUOTED_CELL.sub("", text[end + 1 : line_end]).count(",") != commas:
                break
            end = line_end
        if end > header.end():
            found += [
                finding._replace(start=finding.start + header.start(), end=finding.end + header.start())
                for finding in find_secret_columns(text[header.start() : end])
            ]
    return found


_COLUMN_NAME = re.compile(r"[a-z][a-z0-9_]{0,40}")
# A row's note that its password is the vendor's ("vendor default, unused", "factory default", "default password")
_DEFAULT_NOTE = re.compile(r"(?i)\b(?:vendor|factory|manufacturer)[ \t]+default\b|\bdefault[ \t]+password\b")
# A Markdown table's delimiter row ("|---|:---:|"): the line before it is the header
# (and Org mode's, whose columns meet at "+": "|----+-----|")
_TABLE_DELIMITER = re.compile(
    r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*[|+])+(?:[ \t]*:?-{3,}:?)?[ \t]*\|?[ \t]*$", re.MULTILINE
)
_TABLE_CELL = re.compile(r"(?<=\|)[^|\n]*(?=\|)")


def _table_column_secrets(text: str) -> list[Finding]:
    """The cells under a Markdown table's column named for a secret: "| vendor | credential | status |" over rows of
    a leaked-keys list, "| user | password |" over accounts."""
    found = []
    for delimiter in _TABLE_DELIMITER.finditer(text):
        header_end = delimiter.start() - 1
        if header_end <= 0:
            continue
        header_start = text.rfind("\n", 0, header_end) + 1
        columns = {}
        for index, cell in enumerate(_TABLE_CELL.finditer(text, header_start, header_end)):
            name = cell.group().strip(" \t*`_").lower().replace(" ", "_").replace("-", "_")
            secret, password = _name_verdict(name)
            if secret and _COLUMN_NAME.fullmatch(name):
                columns[index] = (name, password)
        if not columns:
            continue
        row_start = delimiter.end() + 1
        while row_start < len(text):
            row_end = text.find("\n", row_start)
            row_end = len(text) if row_end < 0 else row_end
            if not text[row_start:row_end].lstrip(" \t").startswith("|"):
                break  # the table ends at its first line that is no row
            for index, cell in enumerate(_TABLE_CELL.finditer(text, row_start, row_end)):
                if index not in columns:
                    continue
                name, password = columns[index]
                value = cell.group().strip(" \t")
                # (a code span: Markdown's `...`, Org mode's =...= and ~...~)
                quote = value[0] if len(value) > 2 and value[0] in "`=~" and value[-1] == value[0] else ""
                value = value[len(quote) : len(value) - len(quote)]
                if not value or any(char.isspace() for char in value):
                    continue  # "API token `...`", "`postgres` / `...`": a cell of words, read by the label rules
                start = cell.start() + cell.group().index(value)
                # (a "secret" or "credential" column holds keys and passwords both: the value's anatomy tells)
                tag = _labelled_tag(value, name, password, text[max(0, start - 200) : start])
                if (
                    tag is None
                    and _plain_secret(value)
                    and _secret_value(value, f"{name} = ", "password" if password else "key")
                ):
                    tag = PASSWORD if password else KEY
                if tag is not None:
                    found.append(Finding(start, start + len(value), tag, "secret_column"))
            row_start = row_end + 1
    return found


def _lines_with_starts(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, line.rstrip("\r\n")
        start += len(line)


def _csv_cells(line: str, line_start: int) -> list[tuple[int, int]] | None:
    """The (start, end) offsets of each comma-separated cell's text, quotes excluded; None when malformed. A
    quoted cell left open at the line's end runs on over the next lines: the cells before it are returned."""
    cells, index = [], 0
    while True:
        if line.startswith('"', index):
            close = index + 1
            while (close := line.find('"', close)) >= 0 and line.startswith('""', close):
                close += 2
            if close < 0:
                return cells
            if close + 1 < len(line) and line[close + 1] != ",":
                return None
            cells.append((line_start + index + 1, line_start + close))
            index = close + 1
        else:
            comma = line.find(",", index)
            end = len(line) if comma < 0 else comma
            cells.append((line_start + index, line_start + end))
            index = end
        if index >= len(line):
            return cells
        index += 1  # the comma


# --------------------------------------------------------------------------------------- needle-opened forms
_NETRC = re.compile(
    r"machine[ \t]+\S+[ \t]+login[ \t]+(?P<login>\S+)[ \t]+password[ \t]+(?P<value>[^\s\"'`\\]{1,256})"
)
_SNMP_COMMUNITY = re.compile(
    # (net-snmp's rouser and rwuser name an SNMPv3 user, whose secrets createUser sets)
    r"(?:ro|rw)community6?[ \t]+(?P<value>[^\s\"']{1,128})|"
    r"snmp(?:-server)?[ \t]+(?:host[ \t]+(?:\S+[ \t]+){1,2})?community[ \t]+(?:(?:ro|rw)[ \t]+)?\"?"
    r"(?P<value2>[^\s\"']{1,128})",
    re.IGNORECASE,
)
# Cisco IOS: snmp-server host HOST [traps|informs] [version 1|2c|3 auth|noauth|priv] COMMUNITY [port N] [TRAP-TYPES]
_IOS_TRAP_HOST = re.compile(
    r"snmp-server[ \t]+host[ \t]+\S+(?:[ \t]+(?:traps|informs))?"
    r"(?:[ \t]+version[ \t]+(?P<version>1|2c|3[ \t]+\w+)|[ \t]+v(?:1|2c))?"  # (QTech's and others' "v2c")
    r"[ \t]+(?P<q>\"?)(?P<value>[^\s\"']{1,128})(?P=q)"  # (Nortel's ERS quotes it)
)
_ADDRESS_WORD = re.compile(r"[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")
# net-snmp: trapsink / trap2sink / informsink HOST COMMUNITY [PORT]
_TRAP_SINK = re.compile(r"(?:trap2?sink|informsink)[ \t]+\S+[ \t]+(?P<value>[^\s\"']{1,128})")
# a device's line key in clear: "tacacs-server host H key 0 VALUE", " key 0 VALUE" (type 7 is an encoding)
_CLEAR_KEY = re.compile(r"key[ \t]+0[ \t]+(?P<value>[^\s\"']{1,128})(?=[ \t]*(?:\r?\n|$))")
# RouterOS: /snmp community set [ find default=yes ] name=NAME, /snmp community add name=NAME
_ROUTEROS_COMMUNITY = re.compile(r"community[ \t]+(?:set|add)\b[^\n]{0,120}?[ \t]name=(?P<value>[^\s\"']{1,128})")
# A poller's or exporter's setting (Telegraf, snmp_exporter, Zabbix templates): community = "NAME", community: NAME
_COMMUNITY_SETTING = re.compile(
    r"""community(?:_string|_ro|_rw)?["']?\]?[ \t]*[=:][ \t]*(?:array\([ \t]*|\[[ \t]*)?(?P<q>["']?)"""
    r"""(?P<value>[^\s"',\]}]{1,128})(?P=q)""",
    re.IGNORECASE,
)
# Huawei VRP: "snmp-agent community read|write [simple] NAME" ("cipher" keeps it encrypted)
_VRP_COMMUNITY = re.compile(
    r"community[ \t]+(?:read|write)[ \t]+(?:simple[ \t]+)?(?P<value>(?!cipher[ \t])[^\s\"']{1,128})"
)
# Calix AXOS's "snmp" block: " v2 community NAME ro" (the protocol's version, the community, its access)
_VERSION_COMMUNITY = re.compile(r"community[ \t]+(?P<value>[^\s\"']{1,128})[ \t]+(?:ro|rw)\b", re.IGNORECASE)
# A community later on an "snmp" line, after the host, the version or the role: FiberHome's "set snmp community read
# NAME write NAME", HiveOS's "snmp trap-host v2c ADDR community NAME", "snmp reader version v2c community NAME"
_SNMP_LINE = re.compile(r"[ \t]*(?:set[ \t]+)?snmp(?:-server|-agent)?[ \t]", re.IGNORECASE)
_LATER_COMMUNITY = re.compile(
    r"community[ \t]+(?:(?:read|write|ro|rw)[ \t]+)?\"?(?P<value>[^\s\"']{1,128})\"?"
    r"(?:[ \t]+(?:write|rw)[ \t]+\"?(?P<value2>[^\s\"']{1,128}))?",
    re.IGNORECASE,
)
_SNMP_NAME_HEAD = re.compile(r"[\"']?snmp[a-z]*")
# VyOS and EdgeOS: "community NAME {" opens the community's own block
_COMMUNITY_BLOCK = re.compile(r"community[ \t]+(?P<value>[^\s\"'{}]{1,128})[ \t]+\{")
_SNMP_SECTION_BEFORE = 600
# Teldat's "feature snmp" block: "community NAME access read-only"
_ACCESS_COMMUNITY = re.compile(
    r"community[ \t]+(?P<value>[^\s\"'{}]{1,128})[ \t]+access[ \t]+(?:read-only|read-write|ro|rw|all-access)\b"
)
# BIG-IP's tmsh: "... { community-name NAME source ADDR }" in an "sys snmp" block
_COMMUNITY_NAME_SETTING = re.compile(r"community-name[ \t]+(?P<value>[^\s\"'{}]{1,128})")
_NAMED_COMMUNITY = re.compile(
    r"""community[A-Za-z0-9_]{0,16}\$?["']?\]?[ \t]*[=:][ \t]*(?P<q>["']?)(?P<value>[^\s"',\]}]{1,128})(?P=q)""",
    re.IGNORECASE,
)
_LINE_COMMUNITY = re.compile(r"community[ \t]+(?P<value>[^\s\"'{}]{1,128})[ \t]*$", re.IGNORECASE | re.MULTILINE)
# (what it is for may come between: "snmp community for the card is VALUE")
_STATED_COMMUNITY = re.compile(
    r"community(?:[ \t]+string)?(?:[ \t]+(?:for|of|on)(?:[ \t]+the)?[ \t]+[\w-]{1,24})?[ \t]+(?:to|is|was)[ \t]+"
    r"(?P<value>[^\s\"'{}]{1,128})",
    re.IGNORECASE,
)
_COMMUNITY_NOUNS = frozenset(
    "string strings name names line lines value values setting settings list lists "
    "and or the of for to in is with".split()
)
# Asterisk's SIP registration: "register => USER:SECRET[:AUTHUSER]@HOST"; Kafka clients' Schema Registry login:
# "basic.auth.user.info=USER:PASSWORD"
_SIP_REGISTER = re.compile(r"register[ \t]*=>[ \t]*[^\s:@/]+:(?P<value>[^\s:@/]{1,128})(?::[^\s@/]*)?@")
# IMAP's LOGIN command as a client sends it and a server's log records it: a tag with a digit ("a001", "0002"), then
# the user and the password, each an atom or a quoted string ("<-- 0001 LOGIN "ops@corp.de" "VALUE"")
_IMAP_LOGIN = re.compile(
    r"""[ \t]LOGIN[ \t]+(?P<uq>"?)[^\s"]{1,128}(?P=uq)[ \t]+(?P<q>"?)(?P<value>[^\s"]{1,128})(?P=q)[ \t]*\r?$""",
    re.MULTILINE,
)
# AppleScript's, HyperTalk's and SugarCube's assignment: "set dbPassword to "..."", "<<set $apiKey to "...">>"
_SET_TO = re.compile(
    r"""[ \t]*(?:<<[ \t]*)?set[ \t]+(?:the[ \t]+)?[$@_]?(?P<name>[A-Za-z][\w.]{0,63})(?P<to>[ \t]+)to[ \t]+"""
    r"""(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)"""
)
# Progress ABL's "DEFINE VARIABLE cPass AS CHARACTER NO-UNDO INITIAL "..."": a variable and its first value
_ABL_VARIABLE = re.compile(
    r"""(?i)[ \t]*def(?:ine)?[ \t]+(?:(?:new[ \t]+)?(?:global[ \t]+)?shared[ \t]+|private[ \t]+)?var(?:iable)?[ \t]+"""
    r"""(?P<name>[A-Za-z][\w-]{0,63})[ \t]+as[ \t]+char(?:acter)?(?:[ \t]+no-undo)?[ \t]+initial[ \t]+"""
    r'"(?P<value>[^"\n]{1,256})"'
)
# A setting given as a pair of properties, its name in one and its value in the next: "webapi.key = NAME", then
# "webapi.value = VALUE"
_PROPERTY_KEY_VALUE = re.compile(
    r"(?P<prefix>[\w.-]{1,64})\.key[ \t]*=[ \t]*(?P<name>[\w.-]{1,64})[ \t]*\r?\n(?:[ \t]*[#!;][^\n]*\r?\n){0,2}"
    r"[ \t]*(?P=prefix)\.value[ \t]*=[ \t]*(?P<value>[^\s]{1,256})"
)
_STATED_WIFI = re.compile(
    r"(?i)wi-?fi(?P<words>(?:[ \t]+[^\s:,.;!?\"'`]{1,20}){0,4})?"
    r"(?:[ \t]*:[ \t]+`?|[ \t]+(?=[^\s\"'`<>,;]{6,64}[ \t]*(?:[\"'.]|\r?\n|$)))"
    r"(?P<value>[^\s\"'`<>,;]{6,64}?)[.]?(?=[\s\"']|`?(?:\r?\n|$))"
)
_NETWORK_NAME_WORD = re.compile(r"(?i)ssid|name|network|netz|router|band|channel|is[ \t]|calling|mode|direct")
# (and a setting's "http_auth = cdr:VALUE": FusionPBX's CDR import)
_AUTH_USER_COLON = re.compile(
    r"auth(?::|[ \t]*=)[ \t]+[A-Za-z][\w.@-]{0,63}:(?P<value>[^\s:@/\"'`]{6,128})[ \t]*(?=\r?\n|$)"
)
# OpenVMS's node specification with its access control string, up to the "::" that ends the node
_DECNET_ACCESS = re.compile(r'[A-Za-z0-9$_.:-]+"{1,2}[A-Za-z][\w$.-]{0,31}[ \t]+(?P<value>[^"\s]{4,128})"{1,2}::$')
# tac_plus's users: "login = cleartext "VALUE"" (or enable, pap, chap...), the password as typed (des and crypt
# give its hash)
_TACACS_CLEARTEXT = re.compile(r'cleartext[ \t]+"(?P<value>[^"\n]{1,128})"')
_TACACS_SETTING_BEFORE = re.compile(r"(?:login|enable|pap|chap|arap|ms-chap|opap|global)[ \t]*=[ \t]*$")
_IGATE_LOGIN = re.compile(r"(?i)iglogin[ \t]+[a-z0-9]{3,7}(?:-\d{1,2})?[ \t]+(?P<value>\d{1,5})[ \t]*(?=\r?\n|$)")
_PASS_VALUE = re.compile(r"[ \t](?i:pass)[ \t]+(?P<value>[^\s\"'`]{4,128}?)[.,;]?\)?(?=\s|$)")
# (a webhook service's own host: its path's segments before the token)
_HOOK_HOST_PATH = re.compile(
    r"(?:web)?hooks?\.[a-z0-9.-]+(?::\d{1,5})?/(?:[\w.-]{1,24}/){0,3}"
    r"(?P<value>[A-Za-z0-9_-]{24,64})(?=[/\s`'\"?#)|]|$)"
)
_LIST_AFTER_NAME = re.compile(r"""[A-Za-z]+["']?[ \t]*[:=][ \t]*\[(?P<items>[^\[\]]{1,2000})\]""")
_LIST_ITEM = re.compile(r"""[ \t\r\n]*(?P<q>["'])(?P<value>[^"'\n]{1,128})(?P=q)[ \t\r\n]*(?:,|$)""")
_NUT_MONITOR = re.compile(
    r"[ \t]*(?P<word>MONITOR)[ \t]+\S+[ \t]+\d+[ \t]+\S+[ \t]+(?P<value>\S{1,128})[ \t]+"
    r"(?:primary|secondary|master|slave)[ \t]*(?:#.*)?\r?$",
    re.MULTILINE,
)
_USER_COLON_OPTION = re.compile(
    r"""(?:(?i:--basic-auth|--auth|--user|user)(?:[ \t]*=[ \t]*|[ \t])| -a[ \t]+"""
    r"""|(?i:npmauthident|\.auth\.payload)["']?[ \t]*[:=][ \t]*)"""
    r"""(?P<q>["']?)[A-Za-z][\w.@+-]{0,63}:(?P<value>[^\s"'`:@/]{6,128})(?P=q)(?=[\s;,)]|$)"""
)
_YAML_USERS_BLOCK = re.compile(r"userpass:[ \t]*\r?\n(?P<block>(?:(?P<indent>[ \t]+)[^\n]*\r?\n?){1,50})")
_YAML_USER_LINE = re.compile(
    r"""(?m)^[ \t]+["']?[A-Za-z][\w.@+-]{0,63}["']?:[ \t]+(?P<q>["']?)(?P<value>[^\s"'#]{4,128})(?P=q)[ \t]*\r?$"""
)
_ISCSI_CHAP = re.compile(r"iscsi:[^\s:@/]{1,64}:(?P<value>[^\s:@/]{4,128})@(?:\[[0-9A-Fa-f:.]+\]|[\w.-]+)")
# (an id may come first: Discord's and its compatible servers' ".../api/webhooks/ID/TOKEN", a number; Rocket.Chat's
# ".../hooks/ID/TOKEN", letters and digits)
_HOOK_PATH_TOKEN = re.compile(
    r"(?:(?:\d{6,24}|[A-Za-z0-9]{12,24})/(?=[A-Za-z0-9_-]{24,72}(?:[/\s`'\"?#)|]|$)))?"
    r"(?P<value>[A-Za-z0-9_-]{24,72})(?=[/\s`'\"?#)|]|$)"
)
_LOGIN_WITH = re.compile(r"in with[ \t]+(?P<q>`?)(?P<value>[^\s`'\"]{6,64}?)(?P=q)[.,;)]?(?=\s|$)")
# A word, a number and a word joined ("Szeged12_larch", "Utrecht10_linen"): a password made up so
_WORD_NUMBER_WORD = re.compile(r"[A-Za-z]{3,}\d{1,4}[_.-][a-z]{3,}")
_LOG_BEFORE_IN = re.compile(r"(?i)\blog(?:s|ged)?[ \t]*$")
_LOGIN_AS_WITH = re.compile(
    r"in as[ \t]+(?P<uq>`?)[\w.@+-]{1,64}(?P=uq)[ \t]+with[ \t]+(?P<q>`?)(?P<value>[^\s`'\"]{6,64}?)(?P=q)"
    r"[.,;)]?(?=\s|$)"
)
_ENCODED_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]{1,63}$")
_ENCODED_VALUE = re.compile(r"(?i:%3d)(?P<value>[A-Za-z0-9._~+/-]{8,256})(?=%0[AD]|%26|%3B|[\"'\s&,]|$)")
_HYPRLAND_ENV = re.compile(r"env = (?P<name>[A-Z_][A-Z0-9_]{0,63}),(?P<value>[^\s,]{1,256})[ \t]*(?=\r?\n|$)")
_PACKAGE_PUSH_KEY = re.compile(
    r"(?i:nuget|choco)[ \t]+push\b[^\n]{0,200}?[ \t](?i:-k|-apikey|--api-key|--key)[ \t]+"
    r"(?P<value>[^\s\"'`<>]{16,128})(?=\s|$)"
)
_STEAM_LOGIN_TOKEN = re.compile(r"sv_setsteamaccount[ \t]+\"?(?P<value>[A-Z0-9]{20,40})\"?(?=\s|$)")
_ROLE_SLASH = re.compile(r"(?i:admin|root)/(?P<value>[^\s/\\\"'`<>]{8,64}?)[.,;]?(?=\s|$)")
# (a user's name, not a verb's helper: "the user can pass", "a user may not want to pass")
_USER_NAMED_BEFORE_PASS = re.compile(
    r"(?i)\b(?:user(?:name)?|login)[ \t]+(?!(?:can|may|might|must|should|shall|will|would|could|to|also|not|then|"
    r"who|that|did|does|cannot|didn't|doesn't|can't)$)[\"'`]?[\w.@+-]{1,64}[\"'`]?,?$"
    # (or the account's role: "board admin pass VALUE")
    r"|(?<![\w-])(?:admin|root)$"
)
_IMAP_TAG_BEFORE = re.compile(r"(?:^|[\s>:])[A-Za-z]{0,3}\d{1,6}$")
_BASIC_AUTH_USER_INFO = re.compile(r"basic\.auth\.user\.info[ \t]*[=:][ \t]*[^\s:]+:(?P<value>[^\s\"']{1,256})")
# PHP's database connections take the password as their third argument: new PDO(DSN, USER, PASSWORD),
# mysqli_connect(HOST, USER, PASSWORD, DB), new mysqli(...), mysql_connect(...); a stack trace prints the call
_PHP_ARGUMENT = r"""(?:'[^'\n]{0,256}'|"[^"\n]{0,256}"|\$[\w\[\]'"-]{1,64}|[A-Z_][A-Z0-9_]{0,63})"""
_PHP_CONNECT = re.compile(
    r"(?i:pdo(?:->__construct)?|mysqli_connect|mysqli|mysql_connect)[ \t]*\([ \t]*"
    + _PHP_ARGUMENT
    + r"[ \t]*,[ \t]*"
    + _PHP_ARGUMENT
    + r"""[ \t]*,[ \t]*(?:'(?P<sq>[^'\n]{1,128})'|"(?P<dq>[^"\n]{1,128})")"""
)
# rclone's "obscure" takes a plaintext password and prints the form its config keeps: "$(rclone obscure VALUE)"
_RCLONE_OBSCURE = re.compile(r"rclone obscure[ \t]+(?P<q>[\"']?)(?P<value>[^\s\"'()$`-][^\s\"'()$`]{0,127})(?P=q)")
# Cisco IOS's IKEv1 key for a peer: "crypto isakmp key [0] VALUE address PEER" (type 6 is stored encrypted)
_ISAKMP_KEY = re.compile(
    r"crypto isakmp key[ \t]+(?:0[ \t]+)?(?P<value>(?!6[ \t])[^\s\"']{1,128})[ \t]+(?:address|hostname)[ \t]"
)
# Cisco ASA/IOS and FortiGate: "ikev2 local-authentication pre-shared-key VALUE", "pre-shared-key 0 VALUE"
# (PAN-OS's set commands: "... authentication pre-shared-key key VALUE"; Huawei's "pre-shared-key simple VALUE")
_PRE_SHARED_KEY = re.compile(
    r"pre-shared-key[ \t]+(?:0[ \t]+|key[ \t]+|simple[ \t]+)?(?P<q>[\"']?)(?P<value>[^\s\"']{1,128})(?P=q)[ \t]*\r?$",
    re.M,
)
# A secret store's command line that names the secret, then gives its value: "drone secret add --name ssh_password
# --data VALUE", "gh secret set DB_PASSWORD --body VALUE", "az keyvault secret set --name db-password --value VALUE",
# "aws ssm put-parameter --name /prod/db_password --value VALUE", "... --secret-string VALUE"
_SECRET_NAME_ON_COMMAND = re.compile(
    r"(?:--name[= ]|secret[ \t]+(?:set|add|create)[ \t]+(?!-))[\"']?(?P<name>[\w./:-]{1,128})[\"']?[ \t]"
)
_COMMAND_VALUE = re.compile(
    r"--(?:data|value|body|secret-string)[= ]"
    r"(?:'(?P<sq>[^'\n]{1,256})'|\"(?P<dq>[^\"\n]{1,256})\"|(?P<bare>[^\s'\"]{1,256}))"
)
# Dovecot's passwd-file and LDAP's userPassword: a password scheme in braces, here the plaintext ones
# (not an escape or a quote right after it: f"OPENAI_API_KEY={PLAIN}\n" is a format string's field and a newline)
_PLAIN_SCHEME = re.compile(r"\{(?:PLAIN|CLEAR|CLEARTEXT)\}(?P<value>(?![\\\"'])[^\s:]{1,128})", re.IGNORECASE)
# JAAS: org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" user_admin="VALUE";
_JAAS_USER = re.compile(r'(?<![\w.])user_[\w.-]{1,64}[ \t]*=[ \t]*"(?P<value>[^"\n]{1,128})"')
_JAAS_WINDOW = 1000
# "(user ops@corp.io, pass `VALUE`)": the short word, with the user before it on the line and the value quoted
_USER_PASS = re.compile(r"(?P<q>``|`|'|\")(?P<value>[^\s`'\"<>]{8,64})(?P=q)")
_USER_BEFORE_PASS = re.compile(r"(?i)\b(?:user(?:name)?|login)\b[^\n]{0,80}$")
# mbsync (isync): a line "Pass VALUE" in an IMAPAccount section (PassCmd runs a command instead)
_MBSYNC_STORE = re.compile(r"^(?:IMAPAccount|IMAPStore|MaildirStore|Channel|Host)[ \t]", re.MULTILINE)
_MBSYNC_PASS = re.compile(r"Pass[ \t]+(?P<q>\"?)(?P<value>[^\s\"]{1,128})(?P=q)[ \t]*\r?$", re.M)
# chrony.keys / ntp.keys: "ID TYPE HEX:VALUE" or "ID TYPE ASCII:VALUE" (TYPE: MD5, SHA1, SHA256, AES128, ...)
_NTP_KEY = re.compile(
    r"(?i:md5|sha1|sha256|sha384|sha512|sha3-\d+|aes128|aes256|cmac)[ \t]+(?i:hex|ascii):(?P<value>\S{8,128})"
)
# ntp.keys' plain form, a line of its own: "ID TYPE KEY" (a hex key of a digest's length)
_NTP_KEY_LINE = re.compile(
    r"[ \t]*\d{1,5}[ \t]+(?i:md5|sha1|sha256|sha384|sha512)[ \t]+"
    r"(?P<value>[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})[ \t]*(?:#[^\n]*)?\r?$",
    re.M,
)
# MPD's clients (mpc, ncmpcpp) read a password before the host: MPD_HOST=password@host, mpd_host = "password@host"
_MPD_HOST = re.compile(
    r"""(?i)mpd_host["']?[ \t]*[=:][ \t]*["']?(?P<value>[^\s"'@/]{1,128})@[\w.-]+(?:["']|[ \t]*(?:\r?\n|$))"""
)
_FILEZILLA_PASS = b'<pass encoding="base64">'
_BASE64_TEXT = re.compile(r"[A-Za-z0-9+/]{4,}={0,2}")
# A key stated in prose: "API key ``3f9c...``", "token 4d13..., internal 10.0.0.5", "the secret key is `...`"
_STATED_KEY = re.compile(
    r"(?:(?i:api[ _-]?(?:key|secret)|access[ _-]?(?:token|key)|token|secret[ _-]?key|key(?=[ \t]+is[ \t]))|PAT)"
    r"(?:[ \t]+(?:is|was))?"
    # (what it opens in brackets first: "# geotag api key (openmaps) VALUE")
    r"(?:[ \t]+\([A-Za-z][\w .-]{0,30}\))?"
    r"(?:[ \t]*:?[ \t]+|[ \t]*\r?\n[ \t]*)"
    r"(?P<q>``|`|\*\*)?(?P<value>[A-Za-z0-9_-]{20,128}(?:\.[A-Za-z0-9_-]+){0,2})(?P=q)?(?![\w/=+-]|\.[\w-])"
)
# "the Statuspage key `VALUE`", "the key is `VALUE`", "key (`VALUE`)": a bare key named in prose, its value in a
# code span (a dict's key in docs, "the key `user_id`", is a name, which the value checks tell apart)
# (a token or a secret too: "a MiniMax token (`VALUE`)", "eSewa secret `VALUE`"; Zhipu's keys are "HEX.RANDOM")
_KEY_CODE_SPAN = re.compile(
    r"(?i:key|token|secret)(?:[ \t]+is)?(?:[ \t]+|[ \t]*\r?\n[ \t]*)\(?`"
    r"(?P<value>[A-Za-z0-9_+/-]{16,128}={0,2}(?:\.[A-Za-z0-9_-]{16,512}){0,2})`"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# After "key": "(VALUE)", or "for" and up to four words, a colon and the value
# (a copula may stand between, the value may wrap to the next line: "trial key was\nVALUE;")
_KEY_STRAIGHT_AFTER = re.compile(
    # (an aside in brackets may come first: "deposition session key (valid 24 h): VALUE")
    r"(?:[ \t]+\([^()\n]{1,60}\)[ \t]*(?=:))?"
    r"(?:[ \t]+(?:is|was)\b|:)?(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
    r"(?P<q>`?)(?P<value>[A-Za-z0-9_+/-]{16,128}={0,2})(?P=q)(?=[\s.,;)\]}!?\"'<]|$)"
)
_KEY_IN_PARENS = re.compile(r"[ \t]+\((?P<q>`?)(?P<value>[A-Za-z0-9_+/-]{20,128}={0,2})(?P=q)\)")
_KEY_FOR_WORDS = re.compile(
    r"[ \t]+for(?:[ \t]+[^\s:]{1,24}){1,4}:[ \t]+(?P<q>`?)(?P<value>[A-Za-z0-9_+/-]{20,128}={0,2})(?P=q)(?![\w+/=-])"
)
# "ngrok config add-authtoken VALUE", "the authtoken `VALUE`": the token's word glued to "auth"
_AUTH_GLUED = re.compile(r"(?<![\w.-])(?:add-)?(?i:auth)\Z")
# Consul's, Nomad's and Serf's gossip key: a setting named just "encrypt", the base64 of 16 or 32 random bytes
_GOSSIP_KEY = re.compile(r"""encrypt["']?[ \t]*[=:][ \t]*["'](?P<value>[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{43}=)["']""")
# Keycloak's realm export and other JSON credential lists: {"type": "password", "value": "VALUE", ...}
_TYPED_CREDENTIAL_TYPE = re.compile(r'"type"[ \t]*$')
_TYPED_CREDENTIAL_VALUE = re.compile(r'"value"[ \t]*:[ \t]*"(?P<value>(?:[^"\\\n]|\\.){1,128})"')
_JSON_OBJECT_REACH = 400
# Robot Framework: "${NAME}    VALUE" (two spaces or a tab apart, an optional "=" after the name)
_ROBOT_VARIABLE = re.compile(r"\$\{(?P<name>[A-Za-z][\w ]{0,62})\}[ \t]*=?(?:[ \t]{2,}|\t)(?P<value>\S(?:[^\n]*\S)?)")
_SNMP_USER = re.compile(
    r"createUser[ \t]+\S+[ \t]+(?:MD5|SHA\S*)[ \t]+(?P<q1>\"?)(?P<auth>[^\s\"]{1,128})(?P=q1)"
    r"(?:[ \t]+(?:DES|AES\S*)[ \t]+(?P<q2>\"?)(?P<priv>[^\s\"]{1,128})(?P=q2))?"
)
# A device's SNMPv3 user: Cisco's "snmp-server user NAME GROUP v3 auth sha AUTH priv aes 128 PRIV", Siemens'
# "snmpv3 user NAME auth sha AUTH", Huawei's "snmp-agent usm-user v3 NAME authentication-mode sha AUTH" (Cisco's
# "encrypted" and Huawei's "cipher" give the stored, localised form instead)
_DEVICE_SNMP_USER = re.compile(
    r"(?i)(?:snmp-server[ \t]+|snmpv3[ \t]+|snmp[ \t]+)?(?:usm-)?user[ \t]+(?:(?!auth|encrypted\b)\S+[ \t]+){1,5}?"
    r"auth(?:entication-mode)?[ \t]+(?:md5|sha\S*)[ \t]+(?!cipher\b)(?P<auth>[^\s\"]{1,128})"
    r"(?:[ \t]+priv(?:acy-mode)?[ \t]+(?:des\S*|3des|aes\S*)(?:[ \t]+\d{3})?[ \t]+"
    r"(?!cipher\b)(?P<priv>[^\s\"]{1,128}))?"
)
_REDIS = re.compile(
    r"(?:requirepass|masterauth|auth-pass[ \t]+\S+)[ \t]+(?P<q>[\"']?)(?P<value>[^\s\"']{1,256})(?P=q)[ \t]*\r?$", re.M
)
_REDIS_FLAG = re.compile(
    r"""(?:requirepass|masterauth)(?:=|[ \t]+)(?P<q>["']?)(?P<value>[^\s"']{1,256})(?P=q)(?=\s|$)"""
)
# Windows' cmdkey and runas-style switches: /pass:VALUE
_WINDOWS_PASS = re.compile(r"/pass:(?P<value>[^\s\"'<]{1,128})")  # (in an event log's XML, up to "</Data>")
# smbclient -U 'DOMAIN\user%password' (Samba's user%password form)
_SMB_USER_PASSWORD = re.compile(r"""-U[ \t]+(?P<q>["']?)[\w.\\@-]{1,64}%(?P<value>[^\s"']{1,128})(?P=q)""")
# AWS CDK's SecretValue.unsafePlainText("...") and plainText("..."): a secret given in clear
_PLAIN_TEXT_SECRET = re.compile(r"""plaintext\([ \t]*(?P<q>["'`])(?P<value>[^"'`\n]{4,128})(?P=q)[ \t]*\)""", re.I)
# Redis's ACL SETUSER NAME [rules] >PASSWORD (from redis-cli, a prompt before it)
_REDIS_SETUSER = re.compile(r"acl[ \t]+setuser[ \t]+\S+(?:[ \t]+[^\s>]\S*)*?[ \t]+>(?P<value>\S{1,256})", re.I)
# OSPF's and RIP's MD5 keys: "ip ospf message-digest-key 1 md5 VALUE" (type 7 after md5: the device's encoding)
_DIGEST_KEY = re.compile(r"message-digest-key[ \t]+\d{1,3}[ \t]+md5[ \t]+(?:0[ \t]+)?(?P<value>(?!7[ \t])\S{1,80})")
# Redis ACL rules: "user NAME on >PASSWORD ~keys +commands" (">" adds a password; "#" would add its SHA-256)
_REDIS_ACL_USER = re.compile(r"[ \t]*user[ \t]+\S+[ \t]+on", re.IGNORECASE)  # (ACL SETUSER: its own form)
_REDIS_ACL_PASSWORD = re.compile(r"[ \t]*>(?P<value>\S{1,256})")
# Anaconda kickstart: "rootpw --plaintext VALUE" (with --iscrypted the value is a crypt(3) hash)
_KICKSTART_ROOTPW = re.compile(r"rootpw[ \t]+(?:--plaintext[ \t]+)?(?P<value>[^\s-]\S{0,127})")
# Junos: "pre-shared-key ascii-text "VALUE"", "authentication-key ascii-text VALUE", "secret ascii-text ..."
_ASCII_TEXT_NAME_BEFORE = re.compile(r"(?:pre-shared-key|authentication-key|secret|password)[ \t]+$")
_ASCII_TEXT = re.compile(r"ascii-text[ \t]+(?:\"(?P<dq>[^\"\n]{1,256})\"|(?P<value>[^\s\"]{1,256}))")
_CHPASSWD_LIST = re.compile(r"[ \t]*list[ \t]*:[ \t]*\|?[ \t]*\r?\n")
_CHPASSWD_ENTRY = re.compile(
    r"(?P<indent>[ \t]+)(?:-[ \t]+)?[A-Za-z_][\w.-]{0,31}:(?P<value>[^\s]{1,256})[ \t]*\r?(?:\n|$)"
)
_WP_SALT = re.compile(
    r"""define\([ \t]*(?P<q>['"])(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)(?P=q)[ \t]*,[ \t]*"""
    r"""(?:'(?P<sq>[^'\n]{16,256})'|"(?P<dq>[^"\n]{16,256})")[ \t]*\)"""
)
_LICENCE_KEY = re.compile(
    # (a few words of whose it is before the colon: "terminal licence key from the operator: VALUE"; or the colon
    # first: "; licence: key VALUE, owner ...")
    r"""(?i:licen[cs]e)(?::?[ \t]+(?i:key|code|number|serial))?"""
    r"""(?:[ \t]+[a-z]{2,12}){0,4}?[ \t]*[:=#]?[ \t]*(?P<q>`?)"""
    r"""(?P<value>[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){2,7})(?P=q)(?![\w-])"""
)
_ENCODED_LOGIN = re.compile(
    r"""(?:b64encode|base64[-_]encode|btoa)\([ \t]*[bu]?(?P<q>["'])(?P<user>[^\s"':]{1,64}):"""
    r"""(?P<value>[^\s"']{1,128})(?P=q)"""
)
_MACRO_DEFINE = re.compile(
    r"""(?i:define)\([ \t]*(?:`(?P<m4>[A-Za-z_]\w{0,63})'|\[(?P<ac>[A-Za-z_]\w{0,63})\])[ \t]*,[ \t]*"""
    r"""(?:`|\["|\[)(?P<value>[^\s'`"\[\]]{1,256})(?:'|"\]|\])[ \t]*[,)]"""
)
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_CONSUL_TOKEN = re.compile(
    r"""(?i)(?<![\w-])(?:consul_(?:http_)?token|(?:acl_|master_|agent_|default_|http_)?token|secret_?id)["']?"""
    r"""[ \t]*(?:=|:)[ \t]*["']?(?P<value>""" + _UUID + r""")(?![\w-])"""
)
_CONSUL_WINDOW = 400
# lftp's "open -u USER,PASSWORD HOST" (in ~/.lftprc, bookmarks and scripts) and "lftp -u USER,PASSWORD HOST"
_LFTP_USER = re.compile(
    r"""(?i:open|lftp)[ \t]+-u[ \t]+(?P<q>["']?)[^\s,"']{1,128},(?P<value>[^\s"']{1,128})(?P=q)(?=[ \t]|\r?$)""", re.M
)
_NET_USE = re.compile(
    r"net[ \t]+use[ \t]+(?:\S+[ \t]+){1,2}/user:\S+[ \t]+(?P<value>[^\s/\"'<][^\s\"'<]{0,255})", re.IGNORECASE
)
# Network devices' local users: HAProxy's "user NAME insecure-password PASS", Cisco IOS's "username NAME [privilege N]
# password 0 PASS" / "secret 0 PASS" (type 0 is the clear text; 5, 7, 8 and 9 are hashes or encodings); Huawei's
# "local-user NAME password simple PASS" ("cipher" and "irreversible-cipher" keep it encrypted or hashed); Aruba
# CX's "user NAME ... password plaintext PASS" and "radius-server host ADDR key plaintext PASS".
# A RADIUS or TACACS+ server's shared key at the end of its host line, on most vendors' CLIs (Mellanox Onyx, Eltex,
# Allied Telesis, Brocade's "... default key VALUE", NX-OS's "key 0 "VALUE" authentication accounting"); type 7 is
# Cisco's reversible encoding and stays
_SERVER_HOST_KEY = re.compile(
    r"(?:aaa[ \t]+)?(?:radius|tacacs\+?)[ \t-](?:server|client)[ \t]+(?:\S+[ \t]+){0,2}?(?:host|server)[ \t]+\S+"
    r"(?:[ \t]+(?!(?:key|secret)\b)\S+){0,8}?[ \t]+(?:key|secret)[ \t]+(?:0[ \t]+)?"
    r"(?!7[ \t])(?P<q>\"?)(?P<value>[^\s\"]{1,128})(?P=q)"
    r"(?=[ \t]*(?:\r?\n|$)|[ \t]+(?:authentication|accounting|(?:auth-|acct-)?port|timeout|retransmit)\b)"
)
# FiberHome's "set radius server ADDR key VALUE auth-port N"; Enterasys's positional "set radius server INDEX ADDR
# PORT VALUE [realm ...]"
_SET_SERVER_KEY = re.compile(
    r"set[ \t]+(?:radius|tacacs\+?)[ \t]+server[ \t]+(?:\S+[ \t]+key|\d{1,2}[ \t]+\S+[ \t]+\d{1,5})[ \t]+"
    r"(?P<q>\"?)(?P<value>[^\s\"]{1,128})(?P=q)(?=[ \t]*(?:\r?\n|$)|[ \t]+(?:realm|(?:auth-|acct-)?port)\b)"
)
# proxychains' [ProxyList]: "TYPE HOST PORT [USER PASSWORD]", one proxy per line
_PROXYCHAINS_PROXY = re.compile(
    r"^[ \t]*(?:socks4|socks5|http|raw)[ \t]+\S+[ \t]+\d{1,5}[ \t]+\S+[ \t]+(?P<value>\S{1,128})[ \t]*\r?$",
    re.MULTILINE,
)
# the global shared key of IOS-style CLIs (Raisecom, older IOS): "radius-server key [0] VALUE" (type 7 is encoded)
_SERVER_GLOBAL_KEY = re.compile(
    r"(?:radius|tacacs)-server[ \t]+key[ \t]+(?:0[ \t]+)?(?!7[ \t])(?P<q>\"?)(?P<value>[^\s\"]{1,128})(?P=q)"
    r"[ \t]*\r?$",
    re.MULTILINE,
)
_CLI_PASSWORD_LEVEL = re.compile(
    r"cli[ \t]+password[ \t]+read-(?:only|write)[ \t]+(?P<q>\"?)(?P<value>[^\s\"]{1,128})(?P=q)[ \t]*\r?$",
    re.MULTILINE,
)
_USERS_PASSWORD = re.compile(r"users[ \t]+password[ \t]+\S+[ \t]+(?P<value>[^\s\"']{1,128})[ \t]*\r?$", re.MULTILINE)
# Accton, Edgecore and FS.com: "enable password level 15 0 VALUE", "enable secret level 15 0 VALUE" (type 7 is stored
# encrypted)
_ENABLE_PASSWORD_LEVEL = re.compile(
    r"enable[ \t]+(?:password|secret)[ \t]+level[ \t]+\d{1,2}[ \t]+(?:0[ \t]+)?(?!7[ \t])"
    r"(?P<value>[^\s\"']{1,128})[ \t]*\r?$",
    re.MULTILINE,
)
# monit's web interface users: "allow USER:PASSWORD [read-only]" (an address or a netmask after "allow" is no user)
_MONIT_ALLOW = re.compile(r"allow[ \t]+(?![\d.:/]+\b)[\w.@-]{1,64}:(?P<value>[^\s\"']{1,128})")
# Taskwarrior's sync account: "taskd.credentials=ORG/USER/KEY", the key a UUID
_TASKD_CREDENTIALS = re.compile(
    r"taskd\.credentials[ \t]*=[ \t]*[^/\s]{1,64}/[^/\s]{1,64}/"
    r"(?P<value>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
)
# Grandstream's provisioning P-values: P2 the admin's password, P34 the first account's SIP password, P196 the user's
_GRANDSTREAM_PASSWORD = re.compile(r"<P(?:2|34|196)>(?P<value>[^<>\s]{1,128})</P(?:2|34|196)>", re.IGNORECASE)
# ScreenOS: 'set ike gateway "NAME" address ADDR ... preshare "VALUE" sec-level ...'
_PRESHARE = re.compile(r"preshare[ \t]+\"(?P<value>[^\"\n]{1,128})\"")
_DEVICE_LINES = (  # (each opened by its own needle)
    _SERVER_GLOBAL_KEY,
    _CLI_PASSWORD_LEVEL,
    _USERS_PASSWORD,
    _ENABLE_PASSWORD_LEVEL,
)
# HiveOS and other CLIs that end a line with the secret's keyword and its value: "... radius-server primary ADDR
# shared-secret VALUE", "... wpa2-aes-psk ascii-key VALUE"
_LINE_END_SECRET = re.compile(
    r"(?:shared-secret|ascii-key)[ \t]+(?P<q>\"?)(?P<value>[^\s\"]{1,128})(?P=q)[ \t]*\r?$", re.MULTILINE
)
# NETGEAR's "radius server key auth|acct ADDR [encrypted-off] VALUE" ("encrypted" gives the stored form)
_SERVER_KEY_FIRST = re.compile(
    r"radius[ \t]+server[ \t]+key[ \t]+(?:auth|acct)[ \t]+\S+(?:[ \t]+encrypted-off)?[ \t]+"
    r"(?!encrypted[ \t])(?P<q>\"?)(?P<value>[^\s\"]{1,128})(?P=q)[ \t]*\r?$",
    re.MULTILINE,
)
_DEVICE_USER = re.compile(
    r"(?:insecure-password|(?<=[ \t])(?:password|secret|key)[ \t]+(?:0|simple|plaintext|clear))[ \t]+"
    r"(?P<value>[^\s\"']{1,128})"
    r"(?=[ \t]*(?:\r?\n|$)|[ \t]+(?:vrf|port|auth-port|acct-port|timeout|retransmit|role|privilege|level)[ \t])"
)


def _ascii_letters(needle: bytes) -> int:
    return sum(97 <= byte <= 122 for byte in needle)


# The password's word as a needle on the lower-cased ASCII bytes (one byte per character, "?" for a non-ASCII one):
# "mật khẩu" is b"m?t kh?u". Fewer than four ASCII letters (Cyrillic, Indic, CJK, "şîfre") make no needle that is
# rare enough; those words are searched for in the text itself, in non-ASCII texts only.
_ASCII_NEEDLES = tuple(
    dict.fromkeys(
        needle
        for word in PASSWORD_WORDS
        if word not in ("password", "shared secret")  # (their needles, below, carry what follows them)
        and _ascii_letters(needle := word.encode("ascii", "replace").lower()) >= 4
    )
)
_SCRIPT_ONLY_WORDS = tuple(
    word for word in PASSWORD_WORDS if _ascii_letters(word.encode("ascii", "replace").lower()) < 4
)

NEEDLE_KINDS: dict[bytes, str] = {
    b"machine ": "netrc",
    b"community": "snmp",
    b"pre-shared-key": "pre_shared_key",
    b"snmp-server host ": "snmp_host",
    b"trapsink ": "trap_sink",
    b"trap2sink ": "trap_sink",
    b"informsink ": "trap_sink",
    b" key 0 ": "clear_key",
    b" key ": "named_key",
    b" key: ": "named_key",
    b" secret ": "named_key",
    b" secret\n": "named_key",  # (the value wrapped to the next line: "... and secret\nVALUE were working")
    b"crypto isakmp key ": "isakmp_key",
    **{flag: "command_value" for flag in (b"--data", b"--value", b"--body", b"--secret-string")},
    _FILEZILLA_PASS: "filezilla",
    b"{plain}": "plain_scheme",
    b"api key ": "stated_key",
    b"access key ": "stated_key",
    b"api key:": "stated_key",
    b"api key\n": "stated_key",  # (the value on the next line of wrapped prose)
    b"key is ": "stated_key",  # "the fallback key is VALUE"
    b"api-key ": "stated_key",
    b"access token ": "stated_key",
    b"token ": "stated_key",
    b"token:": "stated_key",
    b"pat: ": "stated_key",  # a personal access token by its initials: "the bot PAT: VALUE"
    b"key `": "key_code_span",
    b"key is `": "key_code_span",
    b"key (`": "key_code_span",  # "the StepFun key (`VALUE`) was pasted"
    b"key\n": "key_code_span",  # (the code span on the next line of wrapped prose)
    b"token `": "key_code_span",
    b"token (`": "key_code_span",
    b"secret `": "key_code_span",
    b"secret (`": "key_code_span",
    b"rsyncd.secrets": "rsync_secrets",
    b': eap "': "eap_secret",  # strongSwan's ipsec.secrets: ID : EAP "VALUE"
    b"secret key ": "stated_key",
    b"api secret ": "stated_key",
    b" api:": "api_label",
    b" secret:": "secret_label",
    b", key ": "listed_key",
    b"auth plain ": "auth_plain",
    b"basic auth ": "basic_auth_pair",
    b": --> {": "zhone_field",  # Zhone MXK's "update" dialogue: "  secret: --> {VALUE}"
    b"accounts:": "eth_accounts",
    b'accounts":': "eth_accounts",
    b"\napi:": "api_label",
    # an API key stated in other languages, as the lower-cased ASCII bytes spell it (a non-ASCII letter is "?"):
    # every "api " and "api-" is tried ("API-Schlüssel", "API atslēga", "API কী"), and the words put before "API"
    **{
        word: "stated_key_other"
        for word in (
            b"api ",
            b"api-",
            b"api)",
            b"cl? api",
            b"cl? d'api",
            b"cl? de l'api",
            b"clave api",
            b"clave de api",
            b"clave de la api",
            b"chave de api",
            b"chave da api",
            b"chave api",
            b"chiave api",
            b"klucz api",
            b"klju? api",
            b"kljuc api",
            b"?avetta api",
            b"allwedd api",
            b"kunci api",
            b"?el?si api",
            b"celesi api",
        )
    },
    b"{clear": "plain_scheme",
    b"licen": "licence_key",
    **{call: "encoded_login" for call in (b"b64encode(", b"base64-encode(", b"base64_encode(", b"btoa(")},
    b"loginmodule": "jaas",
    b"pass ": "pass_word",
    b" hex:": "ntp_key",
    b" sha1 ": "ntp_key_line",
    b" sha256 ": "ntp_key_line",
    b" md5 ": "ntp_key_line",
    b" ascii:": "ntp_key",
    b"createuser ": "snmp_user",
    b"snmp-server user ": "snmp_user",
    b"snmpv3 user ": "snmp_user",
    b"snmp user ": "snmp_user",
    b"usm-user ": "snmp_user",
    b"requirepass": "redis",
    b"masterauth": "redis",
    b"auth-pass ": "redis",  # Redis Sentinel: sentinel auth-pass MASTER PASSWORD
    b"chpasswd": "chpasswd",
    b"<value>": "xml_value",
    b"<key>": "xml_value",
    b":value>": "xml_value",  # (a namespaced element: SoapUI's <con:name>NAME</con:name><con:value>...)
    b"<initvalue>": "xml_value",  # (Katalon's profiles: <name>NAME</name> <initValue>'...'</initValue>)
    b"define(": "wp_salt",
    b"consul": "consul",
    b"encrypt": "gossip",
    b': "password"': "typed_credential",
    b':"password"': "typed_credential",
    b"${": "robot_variable",
    b"net use ": "net_use",
    b"open -u ": "lftp_user",
    b"lftp -u ": "lftp_user",
    b"insecure-password ": "device_user",
    b"users password ": "device_line",  # Hirschmann HiOS: users password USER VALUE
    b"[proxylist]": "proxychains",
    b" password 0 ": "device_user",
    b" secret 0 ": "device_user",
    b" password simple ": "device_user",  # Huawei VRP's local users ("cipher" keeps the value encrypted)
    b" password plaintext ": "device_user",  # Aruba CX's users, RADIUS and TACACS+ hosts ("ciphertext": encrypted)
    b" password clear ": "device_user",  # IOS XR's neighbor password in clear ("encrypted" gives the stored form)
    b" key plaintext ": "device_user",
    b" key simple ": "device_user",  # H3C Comware's RADIUS and HWTACACS keys ("cipher": encrypted)
    b"radius-server host ": "server_host_key",
    b"tacacs-server host ": "server_host_key",
    b"aaa radius-server ": "server_host_key",  # Alcatel-Lucent OmniSwitch: aaa radius-server "NAME" host ADDR key ...
    b"radius-client server add ": "server_host_key",  # Ciena SAOS: ... server ADDR secret ...
    b"radius server key ": "server_host_key",  # NETGEAR: radius server key auth ADDR encrypted-off "VALUE"
    b"radius server host ": "server_host_key",  # Avaya ERS: radius server host ADDR [acct-enable] key "VALUE"
    b"set radius server ": "server_host_key",
    b"set tacacs+ server ": "server_host_key",
    b"radius-server key ": "device_line",  # one key for every server: radius-server key VALUE
    b"enable password level ": "device_line",
    b"enable secret level ": "device_line",
    b' preshare "': "preshare",
    b"allow ": "monit_allow",  # monit's "set httpd ... allow USER:PASSWORD"
    b"taskd.credentials": "taskd_credentials",
    b"<p2>": "grandstream",
    b"<p34>": "grandstream",
    b"<p196>": "grandstream",
    b"tacacs-server key ": "device_line",
    b"cli password read-": "device_line",  # Avaya ERS: cli password read-write "VALUE"
    b" shared-secret ": "line_end_secret",
    b" ascii-key ": "line_end_secret",
    b"password ": "stated",
    b"pw is ": "stated",
    b"pw: ": "stated",
    b"message-digest-key ": "digest_key",
    b" on >": "redis_acl",
    b"rootpw ": "kickstart_root",
    b"ascii-text ": "ascii_text",
    b"/pass:": "windows_pass",
    b"smbclient ": "smbclient",
    b"net rpc ": "smbclient",
    b"rpcclient ": "smbclient",
    b"plaintext(": "plain_text_secret",
    b"acl setuser ": "redis_acl_setuser",
    b"password:": "stated",
    b"password\n": "stated",  # (a code span on the next line of wrapped prose)
    b" pw ": "stated_pw",
    b"rclone obscure ": "rclone_obscure",
    **{
        call: "php_connect"
        for call in (b"pdo(", b"pdo->__construct(", b"mysqli_connect(", b"mysqli(", b"mysql_connect(")
    },
    b"register =>": "sip_register",
    b"basic.auth.user.info": "user_info",
    b"shared secret": "stated",  # a RADIUS client's or a VPN's: "the shared secret is X"
    # the word in other languages, as the lower-cased ASCII bytes spell it (a non-ASCII letter is "?"); words with
    # too few ASCII letters to make a needle are found by _SCRIPT_WORDS instead
    **{needle: "stated" for needle in _ASCII_NEEDLES},
    b" / ": "slash",
    b"mpd_host": "mpd_host",
    b" login ": "imap_login",
    b" pass ": "user_pass",
    b"admin/": "role_slash",
    b"env = ": "hyprland_env",
    b"%3d": "encoded_assignment",
    b"in as ": "login_as_with",
    b"add password ": "cloginrc_password",
    b'"alterid"': "proxy_user_id",
    b'"xtls-rprx-': "proxy_user_id",
    b" -u ": "user_then_p",
    b" -n ": "user_then_p",
    b" -xu ": "user_then_p",
    b"client plain ": "emailrelay_secret",
    b"server plain ": "emailrelay_secret",
    b"password<|||>": "heidisql_password",
    b"/notify/": "hook_path_token",
    b"basicauth": "basic_auth_users",
    b"xfrm ": "xfrm_keys",
    **{
        command: "manager_output"
        for command in (
            b"rbw get ",
            b"gopass show ",
            b"pass show ",
            b"bw get password ",
            b"op read ",
            b"lpass show --password",
            b"secret-tool lookup ",
            b"find-generic-password ",
        )
    },  # fmt: skip
    b'"users": {': "basic_auth_users",  # (a proxy's users by id: tuic's "users": {"UUID": "PASSWORD"})
    b'"users":{': "basic_auth_users",
    # Hestia's and Vesta's panel commands, which take the password as a positional argument
    **{command.encode(): "panel_command" for command in ("v-add-", "v-change-")},
    # a map a comment says holds each user's password: "// credentials: username -> password" over "devices = {"
    **{
        f"{user} {arrow} password".encode(): "described_users_map"
        for user in ("user", "username", "login")
        for arrow in ("->", "=>")
    },
    **{f" -{flag} {quote}".encode(): "quoted_short_flag" for flag in "pk" for quote in "'\""},
    **{
        f"{noun} {verb} ".encode(): "account_add"
        for noun in ("email", "user", "account", "mailbox")
        for verb in ("add", "create", "update")
    },
    b"basic_auth": "basic_auth_users",
    **{opening: "transfer_target" for opening in (b"'ftp:", b'"ftp:', b"'ftpes:", b"'sftp:", b"'davs:", b'"davs:')},
    **{
        setting: "pin_setting"
        for setting in (
            *(b"pin =", b"pin=", b"pin:", b'pin":', b"pin':", b"pincode", b"pin_code"),
            *(device + b"_code" for device in (b"alarm", b"door", b"keypad", b"unlock", b"disarm")),
        )
    },
    **{
        field: "tried_password" for field in (b'"tried"', b'"attempted"', b'"tried_password"', b'"attempted_password"')
    },
    **{
        question: "asked_secret"
        for question in (
            *(word + b"?" for word in (b"login", b"password", b"pw", b"creds", b"credentials", b"key", b"token")),
            *(word + b" again" for word in (b"login", b"password", b"pw", b"key", b"token")),
        )
    },
    b"in with ": "login_with",
    **{segment: "hook_path_token" for segment in (b"/hooks/", b"/hook/", b"/webhook/", b"/webhooks/", b"/push/")},
    **{
        f"{name}{quote}{separator}[".encode(): "password_list"
        for name in ("password", "passwords", "passphrase", "passphrases")
        for quote in ('"', "'", "")
        for separator in (": ", ":", " = ", "=")
    },
    b"monitor ": "nut_monitor",
    **{
        f"{flag}{after}".encode(): "user_colon_flag" for flag in ("--basic-auth", "--auth", "--user") for after in " ="
    },
    b"user=": "user_colon_flag",
    b"user = ": "user_colon_flag",  # (plone.recipe.zope2instance's "user = admin:PASS" in a buildout)
    b" -a ": "user_colon_flag",  # (hey's and HTTPie's -a USER:PASS)
    b"npmauthident": "user_colon_flag",  # (Yarn's npmAuthIdent: "USER:PASS")
    b".auth.payload": "user_colon_flag",  # (ZooKeeper's digest auth payload: "USER:PASS")
    b"userpass:": "yaml_users",  # (Hysteria's auth.userpass, a map of users to passwords)
    b"iscsi:": "iscsi_netroot",
    **{host: "hook_host_token" for host in (b"://hooks.", b"://hook.", b"://webhooks.", b"://webhook.")},
    b"nuget push ": "package_push",
    b"choco push ": "package_push",
    b"sv_setsteamaccount ": "steam_login_token",
    b"root/": "role_slash",
    b"iglogin ": "igate_login",
    b"auth: ": "auth_user_colon",
    b"auth = ": "auth_user_colon",
    b'cleartext "': "tacacs_cleartext",
    b'"::': "decnet_access",
    b".key = ": "key_value_pair",
    b".key=": "key_value_pair",
    b"wifi ": "stated_wifi",
    b"wifi:": "stated_wifi",
    b"wi-fi ": "stated_wifi",
    b"wi-fi:": "stated_wifi",
    b' initial "': "abl_initial",
    b' to "': "set_to",
    b" to '": "set_to",
}


def find_form(kind: str, text: str, start: int) -> list[Finding]:
    """The credential the form ``kind`` opened at ``start`` (a needle's offset) holds, if any."""
    if kind == "set_to":
        line_start, _ = _line_bounds(text, start)
        match = _SET_TO.match(text, line_start)
        if match is None or match.start("to") != start:
            return []
        return _named_value(match, match.group("name").lower().rsplit(".", 1)[-1])
    if kind == "abl_initial":
        line_start, _ = _line_bounds(text, start)
        match = _ABL_VARIABLE.match(text, line_start)
        if match is None or match.end("value") < start:
            return []
        return _named_value(match, match.group("name").lower().replace("-", "_"))
    if kind == "key_value_pair":
        return _key_value_pair(text, start)
    if kind == "stated_wifi":
        # "wifi for the tea hut: VALUE", "boathouse wifi VALUE" in a chat: a network's password given after its word
        # (its name is the SSID's: "wifi ssid: HomeNet5G", "wifi network X" are no password)
        if start > 0 and text[start - 1].isalnum():
            return []
        match = _STATED_WIFI.match(text, start)
        if match is None or (match.group("words") and _NETWORK_NAME_WORD.search(match.group("words"))):
            return []
        value = match.group("value")
        # (after a colon, also a word and a year or a device's default, as login_as_with takes: "Wi-Fi (counter):
        # `Zofia1963`", "Wi-Fi (fold): `Z74DXWE9NWVA`")
        stated = ":" in text[start : match.start("value")] and (
            _WORD_THEN_NUMBER.fullmatch(value.lower()) or (value.isupper() and _strewn_digits(value))
        )
        if not (_made_up_shape(value) or (len(value) >= 10 and _strong(value)) or stated) or not _plain_secret(value):
            return []
        if _version_or_line(value.rstrip(_TRAILING)):
            return []  # "WiFi commands (cross-port from HA v12.7.0).**": a version
        return _one(match, "value", PASSWORD, "stated_password")
    if kind == "decnet_access":
        # OpenVMS's node specification with its access control string: NODE"USER PASSWORD"::DEVICE:[DIR] (doubled
        # quotes inside a quoted file name: "HOST""USER PASSWORD""::/path")
        line_start, _ = _line_bounds(text, start)
        match = _DECNET_ACCESS.search(text, max(line_start, start - 300), start + 3)
        return _one(match, "value", PASSWORD, "decnet_access") if match is not None else []
    if kind == "tacacs_cleartext":
        line_start, _ = _line_bounds(text, start)
        match = _TACACS_CLEARTEXT.match(text, start)
        if match is None or not _TACACS_SETTING_BEFORE.search(text, line_start, start):
            return []
        return _one(match, "value", PASSWORD, "tacacs")
    if kind == "auth_user_colon":
        # "# proxy auth: lab:VALUE": a proxy's or a service's user and password, as curl's -u and a URL give them
        match = _AUTH_USER_COLON.match(text, start)
        if match is None or not _plain_secret(match.group("value")):
            return []
        value = match.group("value")
        if not (any(char.isdigit() for char in value) and any(char.isalpha() for char in value)):
            return []  # ("auth: basic:realm", "auth: user:pass"): a scheme or the fields' names
        return _one(match, "value", PASSWORD, "login_pair")
    if kind == "igate_login":
        # Dire Wolf's "IGLOGIN CALLSIGN PASSCODE": an APRS-IS passcode, the password an igate logs in with
        match = _IGATE_LOGIN.match(text, start)
        return _one(match, "value", PASSWORD, "login_pair") if match is not None else []
    if kind in ("hook_path_token", "hook_host_token"):
        # "https://HOST/hooks/hK26mBkI0oBc...", uptime monitors' ".../api/push/A35klK9Q...", "https://hooks.HOST/in/
        # As2HoxDJk1UU...": the URL's last segment is the only credential a webhook or a push monitor checks
        if kind == "hook_path_token":
            match = _HOOK_PATH_TOKEN.match(text, text.index("/", start + 1) + 1)
        else:
            match = _HOOK_HOST_PATH.match(text, start + 3)
        if match is None:
            return []
        value = match.group("value")
        # (both cases and digits, or one case with digits strewn through: ".../hooks/orek9qtqqtquko6wzant6ju87sehaiak";
        # 32 or more hex digits, or of random letters in both cases: ".../admin/ohegIKHMpuDDcwcDNSckbkCNWDyxOGwz")
        if not (
            (_MIXED_RANDOM.fullmatch(value) and is_gibberish(value))
            or _strewn_key(value)
            or (len(value) >= 32 and _HEX_RUN.fullmatch(value) and (value.islower() or value.isupper()))
            or (
                len(value) >= 32
                and value.isalpha()
                and not value.islower()
                and not value.isupper()
                and is_gibberish(value)
            )
        ):
            return []
        if not _plain_secret(value):
            return []
        return _one(match, "value", KEY, "stated_key")
    if kind == "password_list":
        # "password": ["...", "..."] (trojan-go's server, several users' passwords), passwords = ['...']: each string
        # of a list under a password's name
        match = _LIST_AFTER_NAME.match(text, start)
        if match is None or any(char in match.group("items") for char in "{(:"):
            return []  # (a list of records or calls: only a list of plain strings is a list of passwords)
        found = []
        for item in _LIST_ITEM.finditer(match.group("items")):
            value = item.group("value")
            if _typed_password(value) and _plain_password(value):
                offset = match.start("items") + item.start("value")
                found.append(Finding(offset, offset + len(value), PASSWORD, "assignment"))
        return found
    if kind == "nut_monitor":
        # NUT's upsmon.conf: "MONITOR UPS@HOST POWERVALUE USER PASSWORD primary|secondary" (master/slave before 2.8)
        line_start, _ = _line_bounds(text, start)
        match = _NUT_MONITOR.match(text, line_start)
        if match is None or match.start("word") != start:
            return []
        return _one(match, "value", PASSWORD, "device_line")
    if kind == "user_colon_flag":
        # "--basic-auth perf:VALUE", "--user ops:VALUE", ez-ipupdate's "user=NAME:VALUE": a user and a password
        # joined by a colon under an option for them, as curl's -u takes them (an option's or a setting's name
        # that opens with a letter starts a word)
        if text[start].isalpha() and start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-."):
            return []
        match = _USER_COLON_OPTION.match(text, start)
        if match is None:
            return []
        value = match.group("value")
        if not (_made_up_shape(value) or (len(value) >= 10 and _strong(value))) or _version_or_line(value):
            return []
        return _one(match, "value", PASSWORD, "login_pair")
    if kind == "yaml_users":
        # Hysteria's "auth: {type: userpass, userpass: {NAME: PASSWORD, ...}}" written as a YAML block
        match = _YAML_USERS_BLOCK.match(text, start)
        if match is None:
            return []
        indent = match.group("indent")
        found = []
        for line in _YAML_USER_LINE.finditer(text, match.start("block"), match.end("block")):
            if not text.startswith(indent, line.start()) or text[line.start() + len(indent)] in " \t":
                break  # (the block ends where its indentation does)
            value = line.group("value")
            if _typed_password(value) and _plain_secret(value):
                found.append(Finding(line.start("value"), line.end("value"), PASSWORD, "auth_pair"))
        return found
    if kind == "iscsi_netroot":
        # dracut's netroot=iscsi:USER:PASSWORD@SERVER:... (RFC 4173's iSCSI root path with CHAP credentials)
        match = _ISCSI_CHAP.match(text, start)
        return _one(match, "value", PASSWORD, "url_credentials") if match is not None else []
    if kind == "tried_password":
        # an audit log's failed login with the password that was tried: {"event": "login_failed", ..., "tried": "..."}
        line_start, line_end = _line_bounds(text, start)
        match = _TRIED_VALUE.match(text, start)
        if match is None or not _FAILED_LOGIN.search(text, line_start, line_end):
            return []
        return _one(match, "value", PASSWORD, "login_pair")
    if kind == "pin_setting":
        # "[kiosk] pin = "842341"", "manager_pin = 857174", "alarm_code: "521464"": a PIN of four to eight digits
        # under its setting's name
        # (a board's pins are numbered in one or two digits: "led_pin = 13")
        line_start, _ = _line_bounds(text, start)
        match = _PIN_SETTING.match(text, line_start)
        if match is None or not match.start("name") <= start < match.end("name"):
            return []
        if _HARDWARE_PIN.search(match.group("name")):
            return []
        return _one(match, "value", PASSWORD, "assignment")
    if kind == "cloginrc_password":
        # RANCID's .cloginrc: "add password ROUTER-GLOB {VALUE} {ENABLE-VALUE}", the login and enable passwords
        line_start, _ = _line_bounds(text, start)
        match = _CLOGIN_PASSWORD.match(text, line_start)
        if match is None:
            return []
        return [
            Finding(match.start(group), match.end(group), PASSWORD, "device_line")
            for group in ("value", "enable")
            if match.group(group) is not None and _plain_secret(match.group(group))
        ]
    if kind == "transfer_target":
        # getssl's ACL and the like: 'ftp:USER:PASSWORD:HOST:/path', 'davs:USER:PASSWORD:HOST:PORT:/path'
        match = _TRANSFER_TARGET.match(text, start + 1)
        return _one(match, "value", PASSWORD, "url_credentials") if match is not None else []
    if kind == "panel_command":
        return _panel_command_password(text, start)
    if kind == "described_users_map":
        _, line_end = _line_bounds(text, start)
        opening = _MAP_OPENING_BELOW.match(text, line_end)
        if opening is None:
            return []
        closing = text.find("}", opening.end())
        return [
            Finding(pair.start("value"), pair.end("value"), PASSWORD, "auth_pair")
            for pair in _QUOTED_PAIR.finditer(text, opening.end(), closing if closing >= 0 else len(text))
            if _typed_password(pair.group("value")) and _plain_secret(pair.group("value"))
        ]
    if kind == "basic_auth_users":
        # basicauth.Config{Users: map[string]string{"ops": "VALUE", ...}}, BasicAuth(users={"ops": "VALUE"}): a basic
        # auth middleware's users and their passwords
        users = _USERS_MAP_OPENING.search(text, start, min(len(text), start + 400))
        if users is None:
            return []
        closing = text.find("}", users.end())
        found = []
        for pair in _QUOTED_PAIR.finditer(text, users.end(), closing if closing >= 0 else len(text)):
            value = pair.group("value")
            if _typed_password(value) and _plain_secret(value):
                found.append(Finding(pair.start("value"), pair.end("value"), PASSWORD, "auth_pair"))
        return found
    if kind == "xfrm_keys":
        # iproute2's "ip xfrm state add ... enc aes 0xKEY auth sha256 0xKEY": an IPsec SA's keys, given by hand
        _, line_end = _line_bounds(text, start)
        return [
            Finding(match.start("value"), match.end("value"), KEY, "device_line")
            for match in _XFRM_KEY.finditer(text, start, line_end)
            if not is_sequential(match.group("value"))
        ]
    if kind == "manager_output":
        # a shell transcript where a password manager prints a secret: "$ rbw get NAME" then the password alone on
        # the next line (a KEY when a key's or token's field was asked for)
        line_start, _ = _line_bounds(text, start)
        match = _MANAGER_OUTPUT.match(text, line_start)
        if match is None or not match.start("command") <= start < match.end("command"):
            return []
        value = match.group("value")
        key_asked = _KEY_FIELD_ASKED.search(match.group("command")) is not None
        if not (
            _typed_password(value)
            or _MIXED_RANDOM.fullmatch(value)
            or (key_asked and _HEX_RUN.fullmatch(value) and len(value) >= 32)
        ):
            return []
        tag = KEY if key_asked else PASSWORD
        return _one(match, "value", tag, "stated_password" if tag == PASSWORD else "stated_key")
    if kind == "quoted_short_flag":
        # "transcrypt -c aes-256-cbc -p 'VALUE'", "udp2raw ... -k \"VALUE\"": a password or key quoted after -p or -k
        # (a port, a plugin or a test filter after them is no typed password: "-p '8080:80'", "-k 'test_login'")
        match = _QUOTED_SHORT_FLAG.match(text, start)
        line_start, _ = _line_bounds(text, start)
        if (
            match is None
            or _TEST_RUNNER.search(text, line_start, start)
            or _COMPOSE_COMMAND.search(text, line_start, start)
        ):
            return []  # (docker compose -p 'NAME': the project's name)
        value = match.group("value")
        if (
            not _typed_password(value)
            or value.isdigit()
            or _version_or_line(value)
            or _PATTERN_SYNTAX.search(value)  # (zsh's "compdef -P 'pip[0-9.]#'": a pattern)
            or _NUMBER_SETTING.fullmatch(value)  # (viresclient's -p "Latitude=43.78": a parameter set to a number)
        ):
            return []
        return _one(match, "value", PASSWORD, "cli_password")
    if kind == "account_add":
        # "setup.sh email add ops@mail.example 'VALUE'", "vpncmd user create bob VALUE": an account made with its
        # password on the command line
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            return []
        match = _ACCOUNT_ADD.match(text, start)
        if match is None or not _typed_password(match.group("value")):
            return []
        return _one(match, "value", PASSWORD, "cli_password")
    if kind == "emailrelay_secret":
        if start > 0 and not text[start - 1].isspace():
            return []
        match = _EMAILRELAY_SECRET.match(text, start)
        return _one(match, "value", PASSWORD, "credential_file") if match is not None else []
    if kind == "user_then_p":
        # "twine upload -u uploader -p VALUE", "mysql -u root -p VALUE": a command's password after its user (a
        # port after -p is digits alone, and "-p" glued to a user's option names none)
        match = _USER_THEN_P.match(text, start)
        if match is None or not _typed_password(match.group("value")) or match.group("value").isdigit():
            return []
        return _one(match, "value", PASSWORD, "login_pair")
    if kind == "heidisql_password":
        # HeidiSQL's exported settings: "Servers\NAME\Password<|||>1<|||>VALUE" (and its SSH tunnel's)
        match = _HEIDISQL_VALUE.match(text, start)
        return _one(match, "value", PASSWORD, "assignment") if match is not None else []
    if kind == "proxy_user_id":
        # V2Ray's and Xray's VMess and VLESS clients: { "id": "<uuid>", "alterId": 0 }, { "id": "<uuid>", "flow":
        # "xtls-rprx-vision" }: the user's id is the credential the proxy checks
        line_start, line_end = _line_bounds(text, start)
        return [
            Finding(match.start("value"), match.end("value"), KEY, "stated_key")
            for match in _PROXY_USER_ID.finditer(text, line_start, line_end)
        ]
    if kind == "asked_secret":
        return _answered_secret(text, start)
    if kind in ("login_as_with", "login_with"):
        # "log in as `pawn` with `E6D5IDFARC`", "log in as admin with Parapat1610~": the account, then its password;
        # "log in with Szeged12_larch.": the password alone (a provider's name, "log in with GitHub", reads as none)
        match = (_LOGIN_AS_WITH if kind == "login_as_with" else _LOGIN_WITH).match(text, start)
        if match is None or not _LOG_BEFORE_IN.search(text, max(0, start - 8), start):
            return []
        value = match.group("value")
        if not _typed_password(value) or not _plain_secret(value):
            return []
        return _one(match, "value", PASSWORD, "login_pair")
    if kind == "encoded_assignment":
        # "data:,STILL_TOKEN%3D<hex>%0A" (an Ignition file's contents), "?next=...%26api_key%3DVALUE": a name and
        # its value percent-encoded inside a URL
        name = _ENCODED_NAME_BEFORE.search(text, max(0, start - 64), start)
        match = _ENCODED_VALUE.match(text, start)
        if name is None or match is None:
            return []
        return _named_value(match, name.group().lower())
    if kind == "hyprland_env":
        # Hyprland's "env = NAME,VALUE": an environment variable the compositor exports, as a line of its own
        line_start, _ = _line_bounds(text, start)
        match = _HYPRLAND_ENV.match(text, start)
        if match is None or text[line_start:start].strip():
            return []
        return _named_value(match, match.group("name").lower())
    if kind == "package_push":
        # "choco push pkg.nupkg -k VALUE", "nuget push ... -ApiKey VALUE": the feed's API key, given by its option
        return _key_value(_PACKAGE_PUSH_KEY.match(text, start))
    if kind == "steam_login_token":
        # a Source server's "sv_setsteamaccount VALUE": its game server login token, issued by Steam
        return _key_value(_STEAM_LOGIN_TOKEN.match(text, start))
    if kind == "role_slash":
        # "-- pump relay board at 192.168.223.33 ; admin/P1st4ch10Saffron19": the role's account and its password,
        # joined by "/" (a path goes on with another "/" or ends in a file's name)
        if start > 0 and text[start - 1] not in " \t;:(":
            return []
        match = _ROLE_SLASH.match(text, start)
        if match is None:
            return []
        value = match.group("value")
        typed = _strong(value) and (not value.isalnum() or len(_DIGIT_RUN.findall(value)) >= 2)
        if not (typed or joined_passphrase(value)) or not _plain_secret(value):
            return []  # (a symbol or digits strewn through: "admin/ChangeList2" is a page of Django's admin)
        return _one(match, "value", PASSWORD, "login_pair")
    if kind == "user_pass":
        # "host 10.1.2.3 user shop_ro pass VALUE" in a chat or a log: the user, then the password, both named
        line_start, _ = _line_bounds(text, start)
        match = _PASS_VALUE.match(text, start)
        if (
            match is None
            # (a digit among letters, words joined by hyphens, or a passcode's digits: "the user can pass them" is a
            # sentence; weewx's "CWOP: login EW3679 pass 10906" logs an APRS passcode)
            or not (
                _HYPHEN_PASSPHRASE.fullmatch(match.group("value"))
                or _JOINED_PASSPHRASE.fullmatch(match.group("value"))
                or (match.group("value").isdigit() and len(match.group("value")) <= 8)
                or (
                    any(char.isdigit() for char in match.group("value"))
                    and any(char.isalpha() for char in match.group("value"))
                )
            )
            or not _USER_NAMED_BEFORE_PASS.search(text, line_start, start)
            or not _secret_value(match.group("value"), "password ", "password")
        ):
            return []
        return _one(match, "value", PASSWORD, "login_pair")
    if kind == "imap_login":
        match = _IMAP_LOGIN.match(text, start)
        if (
            match is None
            or not _IMAP_TAG_BEFORE.search(text, max(0, start - 40), start)
            or not _secret_value(match.group("value"), "password ", "password")
        ):
            return []
        return _one(match, "value", PASSWORD, "imap_login")
    if kind == "mpd_host":
        match = _MPD_HOST.match(text, start)
        return _one(match, "value", PASSWORD, "mpd_host") if match is not None else []
    if kind == "netrc":
        match = _NETRC.match(text, start)
        if match is None or match.group("login").lower() in ("anonymous", "ftp"):
            return []
        return _one(match, "value", PASSWORD, "netrc")
    if kind == "snmp":
        return _snmp_community(text, start)
    if kind in ("snmp_host", "trap_sink"):
        line_start, _ = _line_bounds(text, start)
        if text[line_start:start].strip():
            return []  # the directive opens its line
        match = (_IOS_TRAP_HOST if kind == "snmp_host" else _TRAP_SINK).match(text, start)
        if match is None or match.group("value").lower() in ("public", "private", "community", "version"):
            return []
        if kind == "snmp_host" and (
            (match.group("version") or "").startswith("3") or " community " in text[start : match.end()]
        ):
            return []  # SNMPv3 names a user there; ASA's "host IFACE ADDR community X" is the community rule's
        if _ADDRESS_WORD.fullmatch(match.group("value")):
            return []  # ASA's "snmp-server host inside 10.0.0.1 ...": the interface, then the address
        return _one(match, "value", PASSWORD, "snmp")
    if kind == "clear_key":
        match = _CLEAR_KEY.match(text, start + 1)
        return _one(match, "value", PASSWORD, "device_user") if match is not None else []
    if kind == "filezilla":
        # FileZilla's sitemanager.xml and recentservers.xml keep the password base64-encoded, not encrypted
        value_start = start + len(_FILEZILLA_PASS)
        end = text.find("<", value_start, value_start + 512)
        if end < 0 or not _BASE64_TEXT.fullmatch(text, value_start, end):
            return []
        return [Finding(value_start, end, KEY, "filezilla")]
    if kind == "command_value":
        return _command_value(text, start)
    if kind == "isakmp_key":
        match = _ISAKMP_KEY.match(text, start)
        return _one(match, "value", PASSWORD, "device_user") if match is not None else []
    if kind == "pre_shared_key":
        match = _PRE_SHARED_KEY.match(text, start)
        return _one(match, "value", PASSWORD, "device_user") if match is not None else []
    if kind == "plain_scheme":
        match = _PLAIN_SCHEME.match(text, start)
        if match is None or _FORMAT_FIELD_IN_VALUE.search(match.group("value")):
            return []  # f"{plain}?v={digest}": a format string's fields, no Dovecot scheme
        return _one(match, "value", PASSWORD, "plain_scheme")
    if kind == "jaas":
        found = []
        end = text.find(";", start, start + _JAAS_WINDOW)
        for match in _JAAS_USER.finditer(text, start, end if end >= 0 else min(len(text), start + _JAAS_WINDOW)):
            found += _one(match, "value", PASSWORD, "jaas")
        return found
    if kind == "pass_word":
        return _pass_word(text, start)
    if kind == "rsync_secrets":
        return _rsync_secrets(text, start)
    if kind == "eap_secret":
        match = _EAP_SECRET.match(text, start)
        if match is None or not _plain_secret(match.group("value")):
            return []
        return _one(match, "value", PASSWORD, "ipsec_secret")
    if kind == "stated_key":
        return _stated_key(text, start)
    if kind == "named_key":
        return _named_key(text, start)
    if kind == "key_code_span":
        if start > 0 and text[start - 1].isalnum():
            return []
        word = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if (
            word is not None
            and text[start : start + 3].lower() == "key"
            and _PUBLIC_NAME.search(word.group(1).lower())
        ):
            return []  # "peer public key `VALUE`": a WireGuard peer's public key, published to every peer
        return _key_value(_KEY_CODE_SPAN.match(text, start))
    if kind == "stated_key_other":
        return _stated_key_other(text, start)
    if kind == "api_label":
        return _api_label(text, start)
    if kind == "secret_label":
        line_start, _ = _line_bounds(text, start)
        if not _LABEL_BEFORE_SECRET.search(text, line_start, start + len(" secret")):
            return []
        return _key_value(_LABELLED_KEY.match(text, start + len(" secret:")))
    if kind == "listed_key":
        return _key_value(_LISTED_KEY.match(text, start))
    if kind == "basic_auth_pair":
        # "debug: basic auth scanner:VALUE" in a log: the user and password a Basic credential encodes, in the clear
        match = _BASIC_AUTH_PAIR.match(text, start)
        if match is None or not (_strong(match.group("value")) or _labelled_value(match.group("value"))):
            return []
        return _one(match, "value", PASSWORD, "login_pair")
    if kind == "auth_plain":
        match = _AUTH_PLAIN.match(text, start)
        if match is not None and _plain_auth(match.group("value")):
            return _one(match, "value", KEY, "auth_plain")
        match = _AUTH_PLAIN_PAIR.match(text, start)
        if match is None or not _plain_secret(match.group("value")):
            return []
        return _one(match, "value", PASSWORD, "auth_plain")
    if kind == "monit_allow":
        line_start, _ = _line_bounds(text, start)
        if text[line_start:start].strip() or "set httpd" not in text[max(0, start - 2000) : start]:
            return []  # the directive opens its line, in monit's httpd block
        match = _MONIT_ALLOW.match(text, start)
        return _one(match, "value", PASSWORD, "device_user") if match and _plain_secret(match.group("value")) else []
    if kind == "taskd_credentials":
        match = _TASKD_CREDENTIALS.match(text, start)
        return _one(match, "value", KEY, "device_user") if match is not None else []
    if kind == "grandstream":
        match = _GRANDSTREAM_PASSWORD.match(text, start)
        return _one(match, "value", PASSWORD, "device_user") if match and _plain_secret(match.group("value")) else []
    if kind == "preshare":
        match = _PRESHARE.match(text, start + 1)
        return _one(match, "value", PASSWORD, "device_user") if match and _plain_secret(match.group("value")) else []
    if kind == "zhone_field":
        line_start, _ = _line_bounds(text, start)
        match = _ZHONE_FIELD.match(text, line_start)
        if match is None or not (
            "community" in match.group("name").lower() or _name_verdict(match.group("name").lower())[0]
        ):
            return []
        return _one(match, "value", PASSWORD, "device_user") if _plain_secret(match.group("value")) else []
    if kind == "eth_accounts":
        match = _ACCOUNTS_LIST.match(text, start)
        if match is None:
            return []
        found = []
        for key in _ACCOUNT_KEY.finditer(text, match.start("items"), match.end("items")):
            found += _one(key, "value", KEY, "eth_accounts")
        return found
    if kind == "ntp_key_line":
        line_start, _ = _line_bounds(text, start)
        match = _NTP_KEY_LINE.match(text, line_start)
        return _one(match, "value", KEY, "ntp_key") if match is not None else []
    if kind == "ntp_key":
        match = _NTP_KEY.search(text, max(0, start - 12), start + 140)
        return _one(match, "value", KEY, "ntp_key") if match is not None else []
    if kind == "snmp_user":
        line_start, _ = _line_bounds(text, start)
        if text[line_start:start].strip().lower() not in ("", "snmp-agent"):
            return []
        match = (_SNMP_USER if text.startswith(("createUser", "createuser"), start) else _DEVICE_SNMP_USER).match(
            text, start
        )
        if match is None:
            return []
        return [
            Finding(match.start(group), match.end(group), PASSWORD, "snmp")
            for group in ("auth", "priv")
            if match.group(group) is not None and _plain_secret(match.group(group))
        ]
    if kind == "windows_pass":
        if start > 0 and text[start - 1] == "/":
            return []  # redis://pass:host: a URL's authority, not a Windows command's switch
        match = _WINDOWS_PASS.match(text, start)  # cmdkey /generic:HOST /user:NAME /pass:VALUE
        return _one(match, "value", PASSWORD, "cli_password") if match is not None else []
    if kind == "smbclient":
        _, line_end = _line_bounds(text, start)
        match = _SMB_USER_PASSWORD.search(text, start, line_end)
        return _one(match, "value", PASSWORD, "cli_password") if match is not None else []
    if kind == "plain_text_secret":
        match = _PLAIN_TEXT_SECRET.match(text, start)
        if text[max(0, start - 3) : start].lower().endswith(("set", "to")):
            return []  # a text widget's setPlainText("..."), a document's toPlainText(): text, no secret
        if match is None or not _strong(match.group("value")):
            return []
        return _one(match, "value", PASSWORD, "assignment")
    if kind == "redis_acl_setuser":
        match = _REDIS_SETUSER.match(text, start)
        return _one(match, "value", PASSWORD, "redis") if match is not None else []
    if kind == "digest_key":
        match = _DIGEST_KEY.match(text, start)
        return _one(match, "value", PASSWORD, "digest_key") if match is not None else []
    if kind == "redis_acl":
        line_start, _ = _line_bounds(text, start)
        user = _REDIS_ACL_USER.match(text, line_start)
        match = _REDIS_ACL_PASSWORD.match(text, start + 4) if user is not None and user.end() == start + 3 else None
        return _one(match, "value", PASSWORD, "redis") if match is not None else []
    if kind == "kickstart_root":
        line_start, _ = _line_bounds(text, start)
        match = _KICKSTART_ROOTPW.match(text, start) if not text[line_start:start].strip() else None
        return _one(match, "value", PASSWORD, "kickstart") if match is not None else []
    if kind == "ascii_text":
        line_start, _ = _line_bounds(text, start)
        if not _ASCII_TEXT_NAME_BEFORE.search(text, line_start, start):
            return []
        match = _ASCII_TEXT.match(text, start)
        if match is None:
            return []
        return _one(match, "dq" if match.group("dq") is not None else "value", PASSWORD, "junos_secret")
    if kind == "redis":
        line_start, _ = _line_bounds(text, start)
        if text[start - 2 : start] == "--":
            match = _REDIS_FLAG.match(text, start)  # redis-server's and Dragonfly's --masterauth=VALUE
        elif text[line_start:start].strip().lower() not in ("", "sentinel"):
            return []  # a config line opens with the directive
        else:
            match = _REDIS.match(text, start)
        return _one(match, "value", PASSWORD, "redis") if match is not None else []
    if kind == "chpasswd":
        return _chpasswd(text, start)
    if kind == "xml_value":
        return _xml_value(text, start)
    if kind == "licence_key":
        # "Viewer licence key BURBH-HLE1X-4MNHZ-QSFDR-8XAFI", "% labelgen licence TDEHX-...": a product's key, in
        # groups of upper-case letters and digits after the word
        match = _LICENCE_KEY.match(text, start)
        if match is None or (start > 0 and text[start - 1].isalnum()):
            return []
        value = match.group("value")
        groups = value.replace("-", "")
        if not (any(c.isdigit() for c in groups) and any(c.isalpha() for c in groups)) or is_patterned(value):
            return []
        return _one(match, "value", KEY, "stated_key")
    if kind == "encoded_login":
        return _encoded_login(text, start)
    if kind == "wp_salt":
        match = _WP_SALT.match(text, start)
        if match is None:
            # an m4 or autoconf macro's definition: define(`ADMIN_PASS', `VALUE'), AC_DEFINE([DB_PASS], ["VALUE"])
            macro = _MACRO_DEFINE.match(text, start)
            if macro is None:
                return []
            return _named_value(macro, (macro.group("m4") or macro.group("ac")).lower())
        group = "sq" if match.group("sq") is not None else "dq"
        value = match.group(group)
        if is_placeholder(value) or "unique phrase" in value:
            return []
        return [Finding(match.start(group), match.end(group), KEY, "wp_salt")]
    if kind == "gossip":
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            return []
        match = _GOSSIP_KEY.match(text, start)
        return [Finding(match.start("value"), match.end("value"), KEY, "gossip_key")] if match is not None else []
    if kind == "typed_credential":
        return _typed_credential(text, start)
    if kind == "robot_variable":
        return _robot_variable(text, start)
    if kind == "consul":
        found = []
        for match in _CONSUL_TOKEN.finditer(text, max(0, start - 40), min(len(text), start + _CONSUL_WINDOW)):
            value = match.group("value")
            if not _RANDOM_UUID.fullmatch(value):
                continue  # only a random (version 4) UUID is taken for a token; other versions name things
            found.append(Finding(match.start("value"), match.end("value"), KEY, "consul_token"))
        return found
    if kind == "stated":
        return stated_password(text, start)
    if kind == "stated_pw":
        return stated_password(text, start + 1)  # "root pw X": the needle opens at the space before the word
    if kind in ("sip_register", "user_info"):
        match = (_SIP_REGISTER if kind == "sip_register" else _BASIC_AUTH_USER_INFO).match(text, start)
        if match is None or not _plain_secret(match.group("value")):
            return []
        return _one(match, "value", PASSWORD, "login_pair")
    if kind == "php_connect":
        match = _PHP_CONNECT.match(text, start)
        if match is None:
            return []
        group = "sq" if match.group("sq") is not None else "dq"
        return _one(match, group, PASSWORD, "call_password") if _plain_secret(match.group(group)) else []
    if kind == "rclone_obscure":
        match = _RCLONE_OBSCURE.match(text, start)
        return _one(match, "value", PASSWORD, "cli_password") if match is not None else []
    if kind == "slash":
        return slash_pair(text, start)
    if kind == "server_host_key":
        line_start, line_end = _line_bounds(text, start)
        if text[line_start:start].strip():
            return []  # the command opens its line
        if text.startswith("set ", start):
            form = _SET_SERVER_KEY
        elif text.startswith("radius server key", start):
            form = _SERVER_KEY_FIRST
        else:
            form = _SERVER_HOST_KEY
        match = form.match(text, start, line_end)
        if match is not None and form is _SET_SERVER_KEY and match.group("value").isalpha():
            return []  # "set radius server 1 ADDR 1812 enable": a word where a positional key would be
        return _one(match, "value", PASSWORD, "device_user") if match is not None else []
    if kind == "device_user":
        line_start, line_end = _line_bounds(text, start)
        if not _DEVICE_LINE.match(text, line_start):
            return []  # a device's user line opens with "user" or "username"
        match = _DEVICE_USER.search(text, start, line_end)
        if match is not None and match.start() > start + 40:
            return []
        return _one(match, "value", PASSWORD, "device_user") if match is not None else []
    if kind == "proxychains":
        found = []
        for match in _PROXYCHAINS_PROXY.finditer(text, start):
            if _plain_secret(match.group("value")):
                found += _one(match, "value", PASSWORD, "login_pair")
        return found
    if kind == "device_line":
        line_start, _ = _line_bounds(text, start)
        if text[line_start:start].strip():
            return []  # the command opens its line
        match = next((match for line in _DEVICE_LINES if (match := line.match(text, start)) is not None), None)
        if match is None or not _plain_secret(match.group("value")):
            return []
        return _one(match, "value", PASSWORD, "device_user")
    if kind == "line_end_secret":
        match = _LINE_END_SECRET.match(text, start + 1)
        if (
            match is None
            or not _plain_secret(match.group("value"))
            # (or a word closing a bracket: "(ML-KEM shared-secret length)", prose)
            or match.group("value").rstrip(")]}").isalpha()
        ):
            return []
        return _one(match, "value", PASSWORD, "device_user")
    if kind == "lftp_user":
        match = _LFTP_USER.match(text, start)
        if match is None or not _plain_secret(match.group("value")):
            return []
        return _one(match, "value", PASSWORD, "cli_password")
    if kind == "net_use":
        match = _NET_USE.match(text, start)
        if match is None or match.group("value") == "*":
            return []
        return _one(match, "value", PASSWORD, "cli_password")
    return []


_DIGEST_OF_BEFORE = re.compile(r"(?i)\b(?:hash|digest|checksum|fingerprint)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")


def _key_value_pair(text: str, start: int) -> list[Finding]:
    """The value of a pair of properties whose ``.key`` names a secret (see ``_PROPERTY_KEY_VALUE``)."""
    line_start, _ = _line_bounds(text, start)
    match = _PROPERTY_KEY_VALUE.match(text, line_start)
    if match is None or match.end("prefix") != start:
        return []
    return _named_value(match, match.group("name").lower().replace("-", "_").replace(".", "_"))


def _encoded_login(text: str, start: int) -> list[Finding]:
    """``"Basic " + base64.b64encode(b"user:PASSWORD")``, XQuery's ``util:base64-encode("user:PASSWORD")``: the
    login of an Authorization header's Basic scheme, written out before it is encoded."""
    match = _ENCODED_LOGIN.match(text, start)
    if match is None or "basic" not in text[max(0, start - 200) : start].lower():
        return []
    value = match.group("value")
    if value == match.group("user") or not _secret_value(value, "password = ", "password"):
        return []
    return _one(match, "value", PASSWORD, "auth_pair")


def _named_value(match: re.Match, name: str) -> list[Finding]:
    """The match's ``value`` as the secret ``name`` says it holds (a key or a password), if it reads as one."""
    secret, password = _name_verdict(name)
    value = match.group("value")
    kind = "password" if password else "key"
    if not secret or not _plain_secret(value) or not _secret_value(value, f"{name} = ", kind):
        return []
    return _one(match, "value", PASSWORD if password else KEY, "assignment")


def _stated_key(text: str, start: int) -> list[Finding]:
    """A key or token named in a sentence and given straight after its name (``API key ``VALUE````), or after a few
    words of what it opens ("api token for remote trigger: VALUE")."""
    if (
        start > 0
        and (text[start - 1].isalnum() or text[start - 1] in "_-.")
        and not _AUTH_GLUED.search(text, max(0, start - 9), start)
    ):
        return []  # refresh_token ..., csrftoken ...: part of a longer name (an authtoken is one: ngrok's)
    if text[start : start + 4].lower() == "key ":
        word = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if word is not None and (
            word.group(1).lower() in DATA_KEY_WORDS or _NOT_SECRET_NAME.search(word.group(1).lower() + "_key")
        ):
            return []  # "the cache key is 5d41...", "the lookup key is ...": a key that is no credential, by its kind
    if _DIGEST_OF_BEFORE.search(text, max(0, start - 40), start):
        return []  # "expected hash for token 5d41...": the token's digest, logged, not the token
    match = _STATED_KEY.match(text, start)
    if match is None and (word := _KEY_WORD.match(text, start)) is not None:
        match = _value_after_words(text, word.end(), _KEY_VALUE_AFTER) or _value_after_words(
            text, word.end(), _KEY_IN_ELEMENT
        )
    # (an access key's id is judged as one: "(access key SCW25R5GMOLEUIXK1Y1Q)")
    return _key_value(match, "access_key = " if text[start : start + 6].lower() == "access" else "api_key = ")


def _named_key(text: str, start: int) -> list[Finding]:
    """A service's key or secret named in a sentence or a comment, its value straight after the word, in parentheses,
    or after a few words and a colon: "regiondo private key VALUE -->", "the old Sendle key (VALUE)", "Veeqo key for
    the bridge: VALUE", "pushes positions with the secret VALUE". Only random key material counts (see
    ``_prose_key_material``; a SHA-1's length of hex or a random UUID only after a service's proper name)."""
    word = _WORD_BEFORE.search(text, max(0, start - 40), start + 1)
    if word is None:
        if not _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 40), start + 1):
            return []
        name = ""  # "Do not translate. Key VALUE": the key's word opens a sentence or an element
    else:
        name = "" if word.group(1).lower() in _ARTICLES else word.group(1)
        named = name.lower() + "_key"
        if name.lower() in DATA_KEY_WORDS or _NOT_SECRET_NAME.search(named) or _PUBLIC_NAME.search(named):
            return []  # "the cache key (...)", "a primary key for the table: ...", "a public key ...": no secret
    after_word = _WORD_CHARS.match(text, start + 1).end()  # (the needle: " key " or " secret", then a space or a line)
    match = (
        _KEY_IN_PARENS.match(text, after_word)
        or _KEY_FOR_WORDS.match(text, after_word)
        or _KEY_STRAIGHT_AFTER.match(text, after_word)
        or _KEY_IN_ELEMENT.match(text, after_word)
    )
    if match is None or (text.startswith(":", after_word) and not name[:1].isupper()):
        return []  # (after a colon only under a service's proper name: "// PVOutput key: VALUE", not "  key: ...")
    value = match.group("value")
    if _HEX_40.fullmatch(value) and _GPG_NAME.search(text, _line_bounds(text, start)[0], start):
        return []  # "PGP Private Key 8208...68B7 EdDSA": which OpenPGP key, by its fingerprint
    if not (
        _prose_key_material(value)
        # (a SHA-1's length of hex or a random UUID after a service's proper name: "Navitia key <uuid>"; forty hex
        # digits after what the key is for: "CI push key for the gem server: <hex>")
        or (name[:1].isupper() and (_HEX_40.fullmatch(value) or _RANDOM_UUID.fullmatch(value)))
        or (match.re is _KEY_FOR_WORDS and _HEX_40.fullmatch(value))
    ):
        return []
    if _RANDOM_UUID.fullmatch(value):
        return [Finding(match.start("value"), match.end("value"), KEY, "stated_key")]  # (issued as a random UUID)
    return _key_value(match, f"{(name or 'api').lower()}_key = ")


# "the", "this", "that" before a key's word name no service ("needs the key VALUE", "left this key for the app: VALUE")
_ARTICLES = frozenset(("the", "this", "that"))
# A key's word opening a sentence or an element ("Do not translate. Key VALUE", "<note>Key VALUE"; not a line of a
# device's config, " secret VALUE", which its own forms read)
_SENTENCE_OPENS_BEFORE = re.compile(r"[.!?;>(\[][ \t]*$")
# Two kinds of character, random: letters of one case with digits (a licence's or a device's key, UXI41TMUEW0G3WLN94JY,
# vf2mmewjn8pbmj11fw5x2jw8xpd145gb), or letters of both cases alone, long
_ONE_CASE_AND_DIGITS = re.compile(
    r"(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z0-9]{16,128}|(?=(?:[a-z]*\d){3})(?=(?:\d*[a-z]){3})[a-z0-9]{16,128}"
)
_BOTH_CASES = re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])[A-Za-z]{24,128}")
# Hex of one case, as long as a key (24 and more; a SHA-1's 40 digits only after a service's name)
_HEX_MATERIAL = re.compile(r"(?:[0-9a-f]{24,39}|[0-9a-f]{41,128}|[0-9A-F]{24,39}|[0-9A-F]{41,128})")


def _prose_key_material(value: str) -> bool:
    """Random key material as prose gives it after a key's or a secret's word: letters of both cases and digits, a
    vendor's prefix before random characters, hex as long as a key, letters of one case mixed with digits, or a
    long run of both cases' letters that no word or identifier reads as (a word, a name, a path is not a key)."""
    if len(value) < 16:
        return False
    if _MIXED_RANDOM.fullmatch(value) or _VENDOR_PREFIXED.fullmatch(value) or _HEX_MATERIAL.fullmatch(value):
        return True
    if len(value) < 20 and _SHORT_MIXED.fullmatch(value):
        return True
    if _ONE_CASE_AND_DIGITS.fullmatch(value) and not _HEX_RUN.fullmatch(value):
        # (its letters form word-like runs by chance, "6VRJIIIKCNFBZ1VXVM94": three separate groups of digits say it
        # was drawn, not named)
        return len(_DIGIT_RUN.findall(value)) >= 3 and not is_sequential(value) and not is_patterned(value)
    return bool(_BOTH_CASES.fullmatch(value)) and is_gibberish(value)


_SHORT_MIXED = re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=(?:\D*\d){2})[A-Za-z0-9]{16,19}")


def _key_value(match: re.Match | None, named: str = "api_key = ") -> list[Finding]:
    """The match's ``value`` as a KEY, if it reads as one under an API key's name (or ``named``)."""
    if match is None:
        return []
    value = match.group("value")
    if not _plain_secret(value) or not _secret_value(value, named, "key") or _OPERATION_NAME.fullmatch(value):
        return []
    if _JOINED_NAME_PARTS.fullmatch(value) and (
        ("/" in value and value.islower()) or len(_CAPITALISED_WORD.findall(value)) >= 2
    ):
        return []  # "using Office365-REST-Python-Client", "Store API: `sdd/specs/001-store-api`": a name, a path
    if _CAMEL_NAME.fullmatch(value) or ("/" in value and _identifier_path(value)):
        # "via the WinHTTP API (`WinHttpGetIEProxyConfigForCurrentUser`)": a function's name; "The API endpoint is
        # ``hes-gateway/terminal/tou/updateTouModeV2``": a route of names
        return []
    if match.string.startswith("(", match.end("value")):
        return []  # "token = _SignableAWS4HMAC256Token(...)": a class called, code
    if "/" in value and _FILE_EXTENSION_AFTER.match(match.string, match.end("value")):
        return []  # "The public API is exported from `src/fpr_ff1/__init__.py`": a file's path, its extension cut off
    return [Finding(match.start("value"), match.end("value"), KEY, "stated_key")]


_FILE_EXTENSION_AFTER = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}(?![\w.])")


# Four capitalised words or more run together, no digit: a function's or a type's name
_CAMEL_NAME = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{2,}(?=[A-Z][a-z]|$)){4,}")
# Words and numbers joined by "-" or "/", three parts or more: a package's name, a document's path
_JOINED_NAME_PARTS = re.compile(r"(?:[A-Z]?[a-z]+\d*|[A-Z]{2,6}|\d+)(?:[-/](?:[A-Z]?[a-z]+\d*|[A-Z]{2,6}|\d+)){2,}")
# An API operation's name: a verb and the PascalCase words of what it acts on ("API: GetUK8SNodeGroup",
# "UpdateUK8SAutoScalingGroupV2"), which no key's random letters begin with
_OPERATION_NAME = re.compile(
    r"(?:Get|Set|Create|Delete|List|Update|Modify|Describe|Put|Add|Remove|Start|Stop|Query|Check|Enable|Disable|"
    r"Reset|Search|Batch|Bind|Unbind|Attach|Detach|Upload|Download|Import|Export|Send|Run|Restart|Resize|Allocate|"
    r"Release|Apply|Cancel|Verify)(?:[A-Z][a-z]+|[A-Z0-9]{2,}(?![a-z])|[A-Z])+"
)


# The API key's name in other languages (the needles above), then a few words of what it opens: "De API-sleutel van
# de monitoring is X", "La clé API du staging est X", "Der API-Schlüssel lautet X"
_KEY_WORD_OTHER = re.compile(
    r"(?i:api[ -]?(?:sleutel|schlüssel|schluessel|nøkkel|nøgle|nyckel|avain|anahtar\w*|kulcs|võti|kľúč|atslēga|"
    r"atslega|gakoa|কী|விசை|բանալի|açarı|acari|кілті|түлхүүр|клуч|ŝlosilo|slosilo|कुञ्जी)|"
    r"(?:clé|clave|chave|chiave|klucz|ključ|kljuc|ċavetta|allwedd|kunci|çelësi|celesi)"
    r"(?:[ \t]+(?:d[eao]|dell'|d'|de[ \t]+la|de[ \t]+l'))?[ \t]*api)"
)
# The English names before a few words of what the key opens: "api token for remote trigger: X"
_KEY_WORD = re.compile(r"(?i:api[ _-]?(?:key|token|secret)|access[ _-]?token|secret[ _-]?key|token)")
# A label of "API" and a word in any script (the word for key, which no list of languages holds whole; up to three
# words before it: "Ufunguo wa M-Pesa API:"), or "api" alone, opening a line, a list item, a comment or a sentence
_LABEL_WORD = r"[^\s:：=,;.!?()\[\]{}\"'`<>|*#/\\]{1,24}"
_API_THEN_WORD = re.compile(r"API(?:[ \t]+" + _LABEL_WORD + r"){1,3}[ \t]*[:：][ \t]*", re.IGNORECASE)
_LABEL_BEFORE_API = re.compile(
    r"(?:^|[.;!?۔।။។][ \t]+|^[ \t]*(?:[-*•>#|]|//)[ \t]*)(?:" + _LABEL_WORD + r"[ \t]+){0,3}(?:API|api)$", re.MULTILINE
)
# "WooCommerce consumer secret: cs_...", "Webhook secret: pdl_...": a vendor's secret as a label of a few words
_LABEL_BEFORE_SECRET = re.compile(
    r"(?:^|[.;!?][ \t]+|^[ \t]*(?:[-*•>#|]|//)[ \t]*|[\"'])(?:[A-Za-z][\w.-]{0,24}[ \t]+){1,3}(?i:secret)$",
    re.MULTILINE,
)
# "API" then a few words of any language and the key, bare, after a colon or in parentheses: "Tus yuam sij API (X)",
# "Tasarut n API d X", "Čoavdda (API) lea X", "API-йы дæгъæл (X)" (the words for key and the copulas differ in every
# language; "API" and a key's look are what they share)
_API_WORDS_THEN_KEY = re.compile(
    r"API(?:-[^\W\d_]{1,12}(?!\w))?\)?(?:[ \t]+[^\W\d_]{1,24}(?!\w)){0,3}[ \t]*[:：]?[ \t]*\(?"
    r"(?P<q>``|`|\*\*)?(?<![\w+/-])(?P<value>[A-Za-z0-9_+/-]{20,128}={0,2})(?P=q)?(?=[\s.,;)\]}!?۔।။។\"']|$)"
)
_LABELLED_KEY = re.compile(
    r"[ \t]*(?P<q>``|`|\*\*)?(?P<value>[A-Za-z0-9_+/-]{16,128}={0,2})(?P=q)?(?=[\s.,;)\]}!?۔।။។\"']|$)"
)
# (in an inline element: "the session token is\n<literal>VALUE</literal>", "the merchant key <code>VALUE</code>")
_KEY_IN_ELEMENT = re.compile(
    r"[ \t]*\r?\n?[ \t]*<(?P<tag>code|literal|userinput|tt|kbd|samp)>"
    r"(?P<value>[A-Za-z0-9_+/-]{16,128}={0,2})</(?P=tag)>"
)
# (a sentence's full stop may follow it)
# (dotted tokens whole: a JWT, a Discord bot token "MzA1...MDEw.-QkDav.GZes...")
_KEY_VALUE_AFTER = re.compile(
    r"(?P<q>``|`|\*\*)?(?P<value>[A-Za-z0-9_+/-]{20,128}={0,2}(?:\.[A-Za-z0-9_-]+){0,2})(?P=q)?(?![\w/=+-]|\.[\w-])"
)
# A bare "key" listed after other credentials, before its value: "account ops@corp.io / PASSWORD, key VALUE"
_LISTED_KEY = re.compile(r"[,;(][ \t]*key[ \t]+(?P<value>[A-Za-z0-9_+/-]{20,128}={0,2})(?=[\s,;.)]|$)")
_BASIC_AUTH_PAIR = re.compile(
    r"(?i)basic auth[ \t]+(?:for[ \t]+)?[\w.@+-]{1,64}:(?P<value>[^\s\"'<>:]{6,128}?)(?=[\"'<>,;)]|\s|$)"
)
# SMTP's and IMAP's AUTH PLAIN: the base64 of "\0user\0password"
_AUTH_PLAIN = re.compile(r"AUTH PLAIN[ \t]+(?P<value>[A-Za-z0-9+/]{12,512}={0,2})(?![\w+/=])", re.IGNORECASE)
_ZHONE_FIELD = re.compile(r"[ \t]*(?P<name>[\w-]{1,64}): --> \{(?P<value>[^{}\s]{1,128})\}")
# maddy's SMTP target: "auth plain USER PASSWORD", last on its line
_AUTH_PLAIN_PAIR = re.compile(r"auth plain[ \t]+[^\s\"']{1,128}[ \t]+(?P<value>[^\s\"']{1,128})[ \t]*\r?$", re.M)
# Hardhat's and Truffle's network accounts: private keys as "0x" and 64 hex digits in a list
_ACCOUNTS_LIST = re.compile(r"accounts[\"']?[ \t]*:[ \t]*\[(?P<items>[^\]\n]{66,2000})\]")
_ACCOUNT_KEY = re.compile(r"[\"']0x(?P<value>[0-9a-fA-F]{64})[\"']")


def _stated_key_other(text: str, start: int) -> list[Finding]:
    """A key stated in a sentence in another language: its name, a few words, a copula or separator, the key; or
    "API" and one word of any language as a label ("API kaliti: X", "API ကီး: X")."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-."):
        return []
    word = _KEY_WORD_OTHER.match(text, start)
    if word is not None:
        return _key_value(_value_after_words(text, word.end(), _KEY_VALUE_AFTER))
    label = _API_THEN_WORD.match(text, start)
    if label is not None:
        return _key_value(_LABELLED_KEY.match(text, label.end()))
    return _key_value(_API_WORDS_THEN_KEY.match(text, start))


def _plain_auth(value: str) -> bool:
    """The base64 decodes to SASL PLAIN's "authzid NUL authcid NUL password" with a password in it."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except ValueError:
        return False
    parts = decoded.split(b"\0")
    return len(parts) == 3 and bool(parts[1]) and len(parts[2]) >= 4


def _api_label(text: str, start: int) -> list[Finding]:
    """``start`` is an "api:" closing a label: alone ("# api: X") or after one word of any language ("Eochair API:
    X", "ກະແຈ API: X"), the label opening its line, a list item or a sentence."""
    line_start, _ = _line_bounds(text, start)
    if not _LABEL_BEFORE_API.search(text, line_start, start + len(" api")):
        return []
    return _key_value(_LABELLED_KEY.match(text, text.index(":", start) + 1))


def _typed_credential(text: str, start: int) -> list[Finding]:
    """At ``: "password"`` after ``"type"``: the ``"value"`` of the same JSON object."""
    if not _TYPED_CREDENTIAL_TYPE.search(text, max(0, start - 12), start):
        return []
    opening = text.rfind("{", max(0, start - _JSON_OBJECT_REACH), start)
    closing = text.find("}", start, start + _JSON_OBJECT_REACH)
    if opening < 0 or closing < 0:
        return []
    match = _TYPED_CREDENTIAL_VALUE.search(text, opening, closing)
    return _one(match, "value", PASSWORD, "typed_credential") if match is not None else []


def _robot_variable(text: str, start: int) -> list[Finding]:
    """``${NAME}    VALUE`` opening its line (a variable table) with a secret's name."""
    line_start, line_end = _line_bounds(text, start)
    if line_start != start:
        return []  # "${PASSWORD}" inside a line: a reference, in Robot and in shells alike
    match = _ROBOT_VARIABLE.match(text, start, line_end)
    if match is None:
        return []
    name = match.group("name").strip().lower().replace(" ", "_")
    secret, is_password = _name_verdict(name)
    value = match.group("value")
    if not secret or not _plain_secret(value):
        return []
    if not _secret_value(value, f"{name} = ", "password" if is_password else "key"):
        return []
    return [Finding(match.start("value"), match.end("value"), PASSWORD if is_password else KEY, "robot_variable")]


# (vsftpd's log quotes the command: 'FTP command: Client "ADDR", "PASS VALUE"')
_PACKET_BYTES_BEFORE = re.compile(r"(?:^|\.\.|FTP command:[^\n]{0,80}\")\Z")
_FTP_PASS = re.compile(r"PASS (?P<value>[^\s\"]{4,128})\"?\r?$", re.MULTILINE)


# strongSwan's ipsec.secrets: 'ID : EAP "VALUE"' (an EAP user's password)
_EAP_SECRET = re.compile(r': EAP "(?P<value>(?:[^"\\\n]|\\.){1,256})"', re.IGNORECASE)
# rsyncd's secrets file, "USER:PASSWORD" per line: shown after a comment or a heredoc that names it
_NAMES_A_FILE_BEFORE = re.compile(r"[ \t]*(?:#|//|;|cat[ \t]|tee[ \t]|sudo[ \t])[^=\n]*$")
_RSYNC_SECRETS_LINE = re.compile(r"[ \t]*[A-Za-z_@][\w.@-]{0,63}:(?P<value>[^\s:]{1,128})[ \t]*\r?$", re.MULTILINE)


def _rsync_secrets(text: str, start: int) -> list[Finding]:
    """The lines after one that names ``rsyncd.secrets`` (a comment or a heredoc's command), up to a blank line."""
    line_start, line_end = _line_bounds(text, start)
    if not _NAMES_A_FILE_BEFORE.match(text[line_start:start]):
        return []  # "secrets file = /etc/rsyncd.secrets": the daemon's setting, no contents follow
    found, position = [], line_end + 1
    while (match := _RSYNC_SECRETS_LINE.match(text, position)) is not None:
        if _plain_secret(match.group("value")):
            found += _one(match, "value", PASSWORD, "login_pair")
        position = match.end() + 1
    return found


def _pass_word(text: str, start: int) -> list[Finding]:
    """The word "pass " at ``start``: mbsync's ``Pass VALUE`` line, or a quoted value after a user in a sentence."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        return []  # bypass, compass, --pass
    line_start, _ = _line_bounds(text, start)
    if text.startswith("PASS ", start) and _PACKET_BYTES_BEFORE.search(text, line_start, start):
        # FTP's "PASS VALUE" in a capture's printable bytes (tcpdump -A, Wireshark's stream): the login's password
        match = _FTP_PASS.match(text, start)
        if match is None or "@" in match.group("value") or not _plain_secret(match.group("value")):
            return []  # (an anonymous login gives a mailbox)
        return _one(match, "value", PASSWORD, "login_pair")
    if not text[line_start:start].strip():
        if text[start] != "P":
            return []  # mbsync capitalises its directive; a line opening with "pass" is Python's statement
        match = _MBSYNC_PASS.match(text, start)
        if match is None or len(match.group("value")) < 6 or not _MBSYNC_STORE.search(text):
            return []  # ("Pass ``__opts__``." in a docstring: an argument's description, no mbsync store around)
        return _one(match, "value", PASSWORD, "mbsync")  # a literal password by the directive's definition
    if not _USER_BEFORE_PASS.search(text, line_start, start):
        return []  # "pass `strict=False`": the verb
    match = _USER_PASS.match(text, start + 5)
    if match is None or not _strong(match.group("value")):
        return []
    return [Finding(match.start("value"), match.end("value"), PASSWORD, "login_pair")]


def _snmp_community(text: str, start: int) -> list[Finding]:
    """The community at the needle ``community`` (``start``): a line's directive or a setting in an SNMP section."""
    line_start, line_end = _line_bounds(text, start)
    before = text[line_start:start].strip().lower()
    # the line's start (the directive), or the word before it: "snmp community NAME" in an inventory
    head = re.split(r"[\s,;|]+", before)[-1]
    match, group = None, "value"
    if head == "/snmp":
        match = _ROUTEROS_COMMUNITY.match(text, start)
    elif head == "snmp-agent":
        match = _VRP_COMMUNITY.match(text, start)
    elif before in ("v1", "v2", "v2c"):
        match = _VERSION_COMMUNITY.match(text, start)
    elif before in ("", "ro", "rw") or head in ("snmp-server", "snmp") or before.startswith("snmp-server host "):
        match = _SNMP_COMMUNITY.search(text, line_start, line_end)
        if match is not None and match.group("value") is None:
            group = "value2"
        if match is not None and match.group(group).lower() in ("read", "write", "to", "is", "was", "for", "of", "on"):
            # "set snmp community read NAME write NAME": the access, then the name; "the SNMP community to NAME",
            # "snmp community for the card is NAME": prose, which the stated form reads
            match, group = None, "value"
    if match is None and head not in ("/snmp", "snmp-agent") and _SNMP_LINE.match(text, line_start):
        match = _LATER_COMMUNITY.match(text, start)
    section = text[max(0, start - _SNMP_SECTION_BEFORE) : start].lower()
    # (snmp_community: NAME names its protocol itself)
    # (Observium's $config['snmp']['community'] = array('NAME'): the key path names the protocol)
    if match is None and (
        head in ("", '"', "'")
        and "snmp" in section
        or head.endswith(("snmp_", "snmp-", "snmp.", "snmp']['", 'snmp"]["'))  # (airOS's "snmp.community=NAME")
        or _SNMP_NAME_HEAD.fullmatch(head)  # Cambium's snmpReadOnlyCommunity=NAME: one camelCase name
    ):
        match = _COMMUNITY_SETTING.match(text, start)
    if match is None and head in ("", "{") and "snmp" in section:
        match = _COMMUNITY_BLOCK.match(text, start) or _ACCESS_COMMUNITY.match(text, start)
    if match is None and "snmp" in section and head.endswith("{"):
        match = _COMMUNITY_NAME_SETTING.match(text, start)
    if match is None and ("snmp" in section or "snmp" in before):
        # Any setting whose name holds "community" near an SNMP section or name: APC's AccessControl1Community=NAME,
        # Eaton's v1.read.community=NAME, Shinken's $SNMPCOMMUNITYREAD$=NAME, Avocent's "add community=NAME"; the
        # community alone on its line in an "snmp" block (Viptela); "set the SNMP community to NAME" in prose
        match = (
            _NAMED_COMMUNITY.match(text, start)
            or (_LINE_COMMUNITY.match(text, start) if head == "" else None)
            or (_STATED_COMMUNITY.match(text, start) if head == "snmp" else None)
        )
    if match is None:
        return []  # "community" inside a sentence or an identifier
    value = match.group(group)
    if value.lower() in _COMMUNITY_NOUNS:
        return []  # "SNMP community strings", "snmp community lines": prose's noun after the name
    if value.lower() in ("public", "private", "ro", "rw") or not _plain_secret(value):
        # the factory defaults every scanner tries: documentation, not a secret of this site (or the access word)
        return []
    if "(" in value:
        return []  # self.snmp_community = SnmpCommunityScC(fortigate, ...): a call, code
    if (
        match.re is _COMMUNITY_SETTING
        and not match.group("q")
        and "community" in value.lower()
        and value.isidentifier()
    ):
        return []  # {'community': community, ...}: a variable that holds it, unquoted
    if value[-1] in ".,;:!?)" and value[:-1].isalpha():
        return []  # "the BIG-IP SNMP Community resource.": a sentence's word, not a community
    found = [Finding(match.start(group), match.end(group), PASSWORD, "snmp")]
    if match.re is _LATER_COMMUNITY and match.group("value2") and _plain_secret(match.group("value2")):
        found.append(Finding(match.start("value2"), match.end("value2"), PASSWORD, "snmp"))
    return found


def _command_value(text: str, start: int) -> list[Finding]:
    """``start`` is a value's flag on a secret store's command line; the secret's name comes earlier on the line."""
    match = _COMMAND_VALUE.match(text, start)
    if match is None:
        return []
    line_start, _ = _line_bounds(text, start)
    named = None
    for named in _SECRET_NAME_ON_COMMAND.finditer(text, line_start, start):
        pass  # the last name before the value is the one it sets
    if named is None:
        return []
    name = re.split(r"[/:.]", named.group("name").lower())[-1]
    secret, password = _name_verdict(name)
    group = next(group for group in ("sq", "dq", "bare") if match.group(group) is not None)
    value = match.group(group)
    if value.startswith("@") or not secret or not _plain_secret(value):
        return []  # (--data @/tmp/pw.txt: read from a file)
    if not _secret_value(value, f"{name} = ", "password" if password else "key"):
        return []
    return [Finding(match.start(group), match.end(group), PASSWORD if password else KEY, "secret_command")]


_PIN_SETTING = re.compile(
    r"""[ \t]*(?:[-*][ \t]+)?["']?(?P<name>(?:[A-Za-z0-9]+[_-])*"""
    r"""(?:(?i:pin)(?:[_-]?(?i:code))?|(?i:alarm|door|keypad|unlock|disarm)[_-]?(?i:code)))["']?[ \t]*[:=][ \t]*"""
    r"""(?P<q>["']?)(?P<value>\d{4,8})(?P=q)[ \t]*(?:[,;]|#.*|//.*)?\r?$""",
    re.MULTILINE,
)
_HARDWARE_PIN = re.compile(r"(?i)gpio|led|relay|button|sensor|motor|servo|clk|clock|reset|irq|pwm|adc|dac|sda|scl")
_CLOGIN_PASSWORD = re.compile(
    r"[ \t]*add[ \t]+password[ \t]+\S+[ \t]+\{(?P<value>[^{}\s]{1,128})\}"
    r"(?:[ \t]+\{(?P<enable>[^{}\s]{1,128})\})?[ \t]*\r?$",
    re.MULTILINE,
)
_TRANSFER_TARGET = re.compile(
    r"(?:s?ftp|ftpes|davs?):(?P<user>[\w.@+-]{1,64}):(?P<value>[^\s:'\"/@]{4,128}):"
    r"(?:[\w-]+(?:\.[\w-]+)+|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:]+\]):"
)
_USERS_MAP_OPENING = re.compile(
    r"""(?i)["']?(?:users|accounts|credentials)["']?[ \t]*[:=][ \t]*(?:map\[string\]string[ \t]*)?\{"""
)
# Hestia's and Vesta's commands and the place of their password among the arguments: v-add-user USER PASSWORD
# EMAIL, v-add-database USER DB DBUSER DBPASS, v-add-backup-host TYPE HOST USER PASSWORD...
_PANEL_PASSWORD_ARGUMENT = {
    "v-add-user": 2,
    "v-add-database": 4,
    "v-add-mail-account": 4,
    "v-add-web-domain-ftp": 4,
    "v-add-backup-host": 4,
    "v-change-user-password": 2,
    "v-change-database-password": 3,
    "v-change-mail-account-password": 4,
    "v-change-web-domain-ftp-password": 4,
}
_PANEL_COMMAND = re.compile(r"v-(?:add|change)-[a-z-]+")
_SHELL_ARGUMENT = re.compile(r"""[ \t]+(?:'(?P<sq>[^'\n]*)'|"(?P<dq>[^"\n]*)"|(?P<bare>[^\s'"]+))""")


def _panel_command_password(text: str, start: int) -> list[Finding]:
    command = _PANEL_COMMAND.match(text, start)
    position = _PANEL_PASSWORD_ARGUMENT.get(command.group()) if command else None
    if position is None:
        return []
    end = command.end()
    for _ in range(position):
        argument = _SHELL_ARGUMENT.match(text, end)
        if argument is None:
            return []
        end = argument.end()
    group = argument.lastgroup
    value = argument.group(group)
    if "$" in value or not _plain_password(value):
        return []  # (v-add-user "$USER" "$PASSWORD" ...: the script's variables)
    return [Finding(argument.start(group), argument.end(group), PASSWORD, "secret_command")]


# the map on the next line or two: "const devices = {", "DEVICES = {", "devices: {"
_MAP_OPENING_BELOW = re.compile(r"(?:\r?\n[^\n{]{0,80}){1,2}?\{[ \t]*(?=\r?\n)")
_QUOTED_PAIR = re.compile(
    r"""["'](?P<user>[\w.@+-]{1,64})["'][ \t]*(?::|=>?)[ \t]*["'](?P<value>[^"'\s]{4,128})["']"""
)


def _typed_password(value: str) -> bool:
    """A value typed as people type passwords: a digit and a symbol or both cases, words and a number, a word and a
    year, a passphrase, a device's capitals with digits strewn through."""
    return bool(
        _strong(value)
        or _made_up_shape(value)
        or joined_passphrase(value)
        or (value[0].isupper() and _WORD_THEN_NUMBER.fullmatch(value.lower()))
        or _WORD_NUMBER_WORD.fullmatch(value)
        or _DOTTED_PASSPHRASE.fullmatch(value)
        or (value.isupper() and _strewn_digits(value))
    )


_WIRELESS_BEFORE = re.compile(r"(?i)wi-?fi|wlan|wpa|wireless")
_XFRM_KEY = re.compile(
    r"""[ \t](?:enc|auth|auth-trunc|aead)[ \t]+(?:"[^"\n]+"|'[^'\n]+'|[\w()-]+)[ \t]+"""
    r"""0x(?P<value>[0-9a-fA-F]{16,512})\b"""
)
_MANAGER_OUTPUT = re.compile(
    r"[ \t]*[$%>][ \t]+(?P<command>[^\n]{1,200})\r?\n[ \t]*(?P<value>[^\s$%>#(][^\s]{5,127})[ \t]*(?=\r?\n|$)"
)
_KEY_FIELD_ASKED = re.compile(r"(?i)--field[ \t=]+[\"']?[^\"'\n]*\b(?:key|token|secret)")
_COMPOSE_COMMAND = re.compile(r"(?:docker|podman)[ -]compose\b")
_QUOTED_SHORT_FLAG = re.compile(r"""[ \t]-[pPkK][ \t]+(?P<q>["'])(?P<value>[^"'\s]{6,128})(?P=q)(?=[\s;|&)]|$)""")
_PATTERN_SYNTAX = re.compile(r"\[[^\]]{1,20}\][#*+?]|\\[dswb]|\.\*|\(\?")
_TEST_RUNNER = re.compile(r"(?i)\b(?:pytest|py\.test|tox|nox|unittest|jest|mocha|cargo test|go test)\b")
_ACCOUNT_ADD = re.compile(
    r"""(?i:email|user|account|mailbox)[ \t]+(?i:add|create|update)[ \t]+["']?[\w.@+-]{1,64}["']?[ \t]+"""
    r"""(?P<q>["']?)(?P<value>[^\s"'`$<>]{6,128})(?P=q)[ \t]*(?=\r?\n|$)"""
)
# (-u/-n/-xu USER then -p/-P/-xp PASSWORD, an option or two between: microsocks, sqlline, sendEmail)
_USER_THEN_P = re.compile(
    r"[ \t]-(?:u|U|n|xu)[ \t]+[\w.@+-]{1,64}(?:[ \t]+-[A-Za-z][ \t]+[^\s-]\S*){0,2}[ \t]+-(?:p|P|xp)[ \t]+"
    r"(?P<q>[\"']?)(?P<value>[^\s\"'`]{6,128})(?P=q)(?=\s|$)"
)
# E-MailRelay's secrets file: "client plain USER PASSWORD", "server plain USER PASSWORD"
_EMAILRELAY_SECRET = re.compile(
    r"(?:client|server)[ \t]+plain[ \t]+\S{1,128}[ \t]+(?P<value>\S{4,128})[ \t]*(?=\r?\n|$)"
)
_HEIDISQL_VALUE = re.compile(r"(?i)password<\|\|\|>\d<\|\|\|>(?P<value>[^\s<>]{1,128})[ \t]*(?=\r?\n|$)")
_PROXY_USER_ID = re.compile(
    r'"id"[ \t]*:[ \t]*"(?P<value>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"'
)
_TRIED_VALUE = re.compile(r'"[a-z_]+"[ \t]*:[ \t]*"(?P<value>[^"\\\s]{4,64})"')
_FAILED_LOGIN = re.compile(
    r"(?i)(?:login|logon|auth\w*|sign[_ -]?in)[_ -]?(?:fail\w*|denied|rejected|invalid|error)"
    r"|(?:fail\w*|invalid|bad|wrong)[_ -]?(?:login|logon|password|auth\w*)"
)
# A chat's next message after a question that asks for a login, a password or a key ("[08:29] Piet: login?" then
# "[08:41] Ivo: falconer / Sigrun1967", "and the booking widget key?" then "bf0996...  (please move it to the vault)")
# (or "what's the rsync module pw again": the question mark left out)
_ASKED_WORD = re.compile(r"(?i)(login|password|pw|creds|credentials|key|token)(?:\?|[ \t]+again\??)[ \t]*(?=\r?\n)")
# (a timestamp in brackets, then IRC's "<nick>" or a chat export's "Name:")
_CHAT_MESSAGE_START = re.compile(
    r"\n[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?(?:<[\w .'-]{1,30}>[ \t]+|[\w .'-]{1,30}:[ \t]+)?"
)
_ANSWERED_LOGIN = re.compile(
    r"(?P<user>[\w.@+-]{1,64})[ \t]*(?:/|:)[ \t]*(?P<q>`?)(?P<value>[^\s`'\"/]{4,64}?)(?P=q)[.,;]?(?=\s|$)"
)
_ANSWERED_VALUE = re.compile(r"(?P<q>`?)(?P<value>[^\s`'\"]{6,64}?)(?P=q)[.,;]?[ \t]*(?=\r?\n|$)")
_ANSWERED_KEY = re.compile(r"(?P<q>`?)(?P<value>[A-Za-z0-9_+/=.-]{16,128}?)(?P=q)[.,;]?(?=\s|$)")


def _answered_secret(text: str, start: int) -> list[Finding]:
    if start > 0 and text[start - 1].isalnum():
        return []  # "monkey?": a word ending in a key's word
    asked = _ASKED_WORD.match(text, start)
    if asked is None or (message := _CHAT_MESSAGE_START.match(text, asked.end())) is None:
        return []
    word = asked.group(1).lower()
    if word in ("key", "token"):
        match = _ANSWERED_KEY.match(text, message.end())
        if match is None or _labelled_tag(match.group("value"), word, False, "") != KEY:
            return []
        return _one(match, "value", KEY, "stated_key")
    match = _ANSWERED_LOGIN.match(text, message.end())
    if match is None and word in ("password", "pw"):
        match = _ANSWERED_VALUE.match(text, message.end())  # (the password alone: "<tarek> Marzipan.Umber244")
    if match is None:
        return []
    value = match.group("value")
    return _one(match, "value", PASSWORD, "login_pair") if _typed_password(value) else []


# A service's login given alone after its label, the value ending the line: "caster console login: Saffron-Acorn178"
_NAMED_LOGIN_BEFORE = re.compile(r"(?i)[A-Za-z]{3,}[ \t]+log-?in$")
_LOGIN_VALUE_ALONE = re.compile(
    r"[ \t]*:[ \t]+(?P<q>`?)(?P<value>[^\s`'\"<>]{6,64}?)(?P=q)[ \t]*(?:-->|\*/)?[ \t]*(?=\r?\n|$)"
)


def login_value_alone(text: str, start: int) -> list[Finding]:
    """``start`` follows the word "login". A label's words before it and a value typed as a password is (not a user's
    name: those are lower case, or an address)."""
    line_start, _ = _line_bounds(text, start)
    match = _LOGIN_VALUE_ALONE.match(text, start)
    if match is None or not _NAMED_LOGIN_BEFORE.search(text, max(line_start, start - 60), start):
        return []
    value = match.group("value")
    if not _typed_password(value) or "@" in value or _UPPER_SNAKE.fullmatch(value):
        return []
    return _one(match, "value", PASSWORD, "login_pair")


def _one(match: re.Match, group: str, tag: str, source: str) -> list[Finding]:
    value = match.group(group)
    if not _plain_secret(value):
        return []
    return [Finding(match.start(group), match.end(group), tag, source)]


def _chpasswd(text: str, start: int) -> list[Finding]:
    """cloud-init's ``chpasswd: {list: | user:password ...}`` (and the YAML-list spelling ``- user:password``)."""
    found = []
    window_end = min(len(text), start + 2000)
    listed = _CHPASSWD_LIST.search(text, start, min(window_end, start + 200))
    if listed is None:
        return []
    position, indent = listed.end(), None
    while position < window_end:
        entry = _CHPASSWD_ENTRY.match(text, position)
        if entry is None or (indent is not None and entry.group("indent") != indent):
            break
        indent = entry.group("indent")
        value = entry.group("value")
        if value.upper() not in ("R", "RANDOM") and _plain_secret(value):
            found.append(Finding(entry.start("value"), entry.end("value"), PASSWORD, "chpasswd"))
        position = entry.end()
    return found


# ------------------------------------------------------------------------------ passwords stated in prose
# "password is X", "password changed to X", "reset the DB password to X", "with password ``X``": the value that a
# sentence (a ticket, a chat message, reST or Markdown docs) states. Only a value that reads as a generated or
# chosen secret counts (see ``_strong``): "set the password to admin" and "password is required" stay.
_STATED = re.compile(
    r"(?:password|pw)(?:[ \t]+(?:was[ \t]+|has[ \t]+been[ \t]+)?(?:changed|reset|set|updated|rotated))?"
    # (wrapped prose may put the value on the next line, as a code span or alone: "the shared password\n`VALUE`",
    # "password\nVALUE.", where a CSV's header row ending in "Password" has a row of fields below it; a setting on
    # the next line, "ADMIN_EMAIL=...", is no value of it)
    r"(?:[ \t]+(?:is(?:[ \t]+now)?|to|now)|[ \t]*[:=])?"
    r"(?:[ \t]+|[ \t]*\r?\n[ \t]*(?=`|(?![A-Za-z_][\w.-]*=)[^\s`'\"<>,]{8,64}[.;]?[ \t]*(?:\r?\n|$)))"
    r"(?P<q>``|`|\*\*)?(?P<value>[^\s`'\"<>]{8,64})(?P=q)?",
    re.IGNORECASE,
)
# The same in other languages, and in English sentences that say first what the password opens:
# "la contraseña del wifi es X", "Das initiale Passwort für neue Konten ist X", "A senha do usuário `deploy` é `X`",
# "本番DBのパスワードは X です", "测试服务器的密码：X", "пароль от админки — X", "hasło do Jiry: X",
# "the password for staging is X". Up to a few words of what it opens (no sentence's end), then a copula or a
# separator, then the value.
_PASSWORD_WORD = re.compile(
    "(?i:" + "|".join(re.escape(word) for word in sorted(PASSWORD_WORDS, key=len, reverse=True)) + ")"
)
_STATED_SEPARATOR = re.compile(
    # (Xhosa's "ngu-X"; prose wrapped after the copula: "the token is\nVALUE")
    r"[ \t]+(?:" + "|".join(map(re.escape, COPULAS)) + r")(?:[ \t]+|-(?=\S)|[ \t]*\r?\n[ \t]*)"
    r"|[ \t]*[:=][ \t]+|[ \t]*[：፡][ \t]*|[ \t]+[—–-][ \t]+|[は는은][ \t]*|[ \t]+\((?=[^\s()]{8,64}\))"
    # a device's status page: "SMTP password ...... VALUE"
    r"|[ \t]*\.{3,}[ \t]*"
)
_STATED_MIDDLE_STOP = re.compile(r"[\n:=：—–.;!?]|\s#")  # (a comment opening after it: "# pylint: ...")
_STATED_MIDDLE = 48
_ASIDE = re.compile(r"\([^()\n]{1,30}\)")
# (Google's app passwords are shown as four groups of four letters with spaces: "abcd efgh ijkl mnop")
_STATED_WORD = r"(?P<value>[a-z]{4}(?: [a-z]{4}){3}(?![\w-])|[^\s`'\"<>、。，]{8,64})(?P=q)?"
# (in a code span, in bold: Markdown's "**", a wiki's "'''")
_STATED_VALUE = re.compile(r"(?P<q>``|`|\*\*|''')?" + _STATED_WORD)
_PW = re.compile(r"(?i)pw")
# A code span a word or two after it, with no separator: "hasło startowe `VALUE`", "password (initial) `VALUE`"
_CODE_SPAN_AFTER_WORDS = re.compile(
    r"(?:[ \t]+[^\s`'\"<>:=.,;]{1,20}){1,2}[ \t]+(?P<q>``|`)(?P<value>[^\s`]{8,64})(?P=q)"
)
# What it opens in a few words after "for", then the value, last on its line: "password for the web UI VALUE"
_FOR_WHAT_THEN_VALUE = re.compile(
    r"[ \t]+for[ \t]+(?:[^\s`'\"<>:=.,;]{1,20}[ \t]+){1,4}(?P<q>`?)(?![\w.-]+:\d+\b)"  # (not a host and port)
    r"(?P<value>[^\s`'\"<>]{8,64})(?P=q)[ \t]*\r?(?:\n|$)"
)
# LaTeX's typewriter face around it: "password \texttt{VALUE}"
_STATED_IN_LATEX = re.compile(r"[ \t]+\\(?:texttt|verb|code)\{(?P<value>[^\s{}]{8,64})\}")
# An inline element of HTML, DocBook or a wiki around it: "the password <userinput>VALUE</userinput>", "is
# <code>VALUE</code>"
_STATED_IN_ELEMENT = re.compile(
    r"[ \t]*\r?\n?[ \t]*<(?P<tag>code|literal|userinput|tt|kbd|samp|b|strong|em)>(?P<value>[^\s<>]{8,64})</(?P=tag)>"
)
# Straight after the word, also quoted: fetchmail's "with password 'VALUE'"
_STATED_DIRECTLY = re.compile(r"[ \t]+(?P<q>``|`|\*\*|'''|'|\")?" + _STATED_WORD)
# Each spelling whole: a case-insensitive alternation, or one opening with a class, scans a text 4-5x slower.
_SCRIPT_WORDS = re.compile(
    "|".join(
        re.escape(spelling)
        for word in sorted(_SCRIPT_ONLY_WORDS, key=len, reverse=True)
        for spelling in dict.fromkeys((word, word[0].upper() + word[1:], word.upper()))
    )
)
# "account is svc_reports / X", "(admin / X)", "`etl` / `X`": a user and a password separated by a slash.
# (a Markdown or reST code span around each, `x` or ``x``; a JSON string's quote may close the pair)
# (an element may close straight after it: "<note>Vendor portal login USER / VALUE</note>")
_SLASH_PAIR = re.compile(r"(?P<q>`{0,2})(?P<value>[^\s`'\"<>]{8,64})(?P=q)(?=[\s.,;:)\"<]|$)")
# (in bold, as the login before it: "the bridge login is **reader** / **VALUE**")
_SLASH_PAIR_BOLD = re.compile(r"(?P<q>\*\*)(?P<value>[^\s`'\"<>*]{6,64})(?P=q)(?=[\s.,;:)\"<]|$)")
# (a subscript, a call's result, a method or a function called: "td / timedelta(seconds=1)")
_CODE_IN_VALUE = re.compile(r"\w\[[\w:-]*\]|\)\.\w|\.\w+\(|[A-Za-z_]{3}\w*\(\w+=")
# (a CSV's or JSON's quoted field may open with the user: "admin / VALUE - don't share")
_SLASH_AFTER = re.compile(r"`{0,2}\**[ \t]+/[ \t]")
_SLASH_USER_BEFORE = re.compile(r"(?:^|[\s(:\"])(?:`{0,2}|\*\*)(?P<user>[A-Za-z][\w.@+-]{1,60})(?:`{0,2}|\*\*)$")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{2,}")
_FILE_LINE = re.compile(r"[\w./-]+\.[A-Za-z]{1,5}:\d+")  # ("engine.py:725": a file and a line)
_NAME_VARIANT = re.compile(r"[_.-]")
_RULE_ID = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})*(?:-\d+)+")  # a rule's or a ticket's id: OKTA-APP-001710
_SLASH_CONTEXT = re.compile(
    r"(?i)account|login|logs in|logged in|signed in|credential|user|admin|root|staging|password|auth"
)
# A service's label, a colon, then the user ("# tank monitor (web): fishkeeper", "Remote desktop: showrunner",
# "# logger ftp: saltpan"), or "as" then the user ("upload to ADDR as producer"): the login's pair follows
_SERVICE_LOGIN_BEFORE = re.compile(
    r"(?i)(?:\b(?:web|ui|ftp|sftp|smtp|imap|wi-?fi|desktop|router|monitor|kiosk|vpn|ssh|portal|console|dashboard)"
    r"\b[^\n:/]{0,30}:|(?<![\w-])as)[ \t]+`{0,2}[A-Za-z][\w.@+-]{1,60}`{0,2}$"
)
_HYPHEN_PASSPHRASE = re.compile(r"[a-z]{3,}(?:-[a-z]{3,}){2,}")
# four words or more joined by "_" (three may be a setting's name: "pass keep_alive_timeout")
_JOINED_PASSPHRASE = re.compile(r"[a-z]{3,}(?:_[a-z]{3,}){3,}")
_LOGIN_CONTEXT = re.compile(r"(?i)logs?[ -]?in|logon|sign[ -]?in|auth|password|credential|account")
# the user's name straight after the word that says it is one: "login `door`", "user collector", "username: ops"
# (or a login's aside first, "CI login (web UI): ci"; or "logs in as ops"; "the login is lockduty / ...")
_USER_INTRODUCED = re.compile(
    r"(?i)\b(?:login(?:[ \t]+\([^()\n]{1,30}\))?(?:[ \t]+is)?|user(?:name)?|account|logs[ \t]+in[ \t]+as)"
    r"[ \t]*:?[ \t]+"
    r"`{0,2}[A-Za-z][\w.@+-]{1,60}`{0,2}$"
)
_WORD_THEN_NUMBER = re.compile(r"[a-z]{4,}\d{1,4}")
_EMAIL_USER = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# (with the full stops of Urdu "۔", Devanagari "।" and "॥", Burmese "။" and Khmer "។")
_TRAILING = ".,;:)]}!?*۔।॥။។"
_CHARACTER_REFERENCE = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+);?|&[A-Za-z]+;")
_DOTTED_NAME = re.compile(r"[a-z_][a-z0-9_]*(?:\.[A-Za-z_]\w*)+")
# A qualified type's name: capitalised words for its namespace, a compound in CamelCase last
_QUALIFIED_TYPE = re.compile(r"(?:[A-Z][a-z]+\.){2,}[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+")


# Apple's and Google's app-specific passwords (four groups of four lower-case letters: abcd-efgh-ijkl-mnop) and
# generated word passphrases (four or more words: quartz-fennel-lantern-onyx)
_APP_PASSWORD = re.compile(r"[a-z]{4}(?:([- ])[a-z]{4}(?:\1[a-z]{4}){2})|[a-z]{3,}(?:-[a-z]{3,}){3,}")


_DIGIT_RUN = re.compile(r"\d+")
_NON_HEX = re.compile(r"[g-zG-Z]")
_DIGEST_HEX_LENGTHS = frozenset((32, 40, 56, 64, 96, 128))


def _hex_digest(value: str) -> bool:
    """Hex of a digest's length: MD5, SHA-1, SHA-224, SHA-256, SHA-384 or SHA-512."""
    return len(value) in _DIGEST_HEX_LENGTHS and bool(_HEX_RUN.fullmatch(value))


def _strong(value: str) -> bool:
    """A value that reads as a secret: letters and digits, and a symbol or both cases (or an app password's four
    groups of letters, capitalised words joined as a generator joins them, or Apple's three groups of six); no path,
    URL or call."""
    if _GENERATED_GROUPS.fullmatch(value) and not value.islower():
        return _plain_secret(value)
    if _APP_PASSWORD.fullmatch(value):
        # (with spaces, only random letters: "that will work fine" is a sentence)
        return not is_placeholder(value) and (" " not in value or random_letter_groups(value))
    if camel_passphrase(value) or joined_passphrase(value):
        return _plain_secret(value)  # "LynxMarigoldCobalt", "hazel_badger_tarn": generated words, no code's names
    if not any(c.isdigit() for c in value):
        # (random letters of both cases with a symbol among them, drawn without digits: "VKGlnHr.lFoYBSNzqI_a")
        letters = "".join(c for c in value if c.isalpha())
        return (
            len(value) >= 14
            and len(letters) >= len(value) - 3
            and any(c.isupper() for c in letters)
            and any(c.islower() for c in letters)
            and letters != value
            and value.isascii()
            and is_gibberish(letters)
            and _plain_secret(value)
            and not _not_a_value(value)
        )
    if not any(c.isalpha() for c in value):
        return False
    has_symbol = any(not c.isalnum() for c in value)
    if not (
        has_symbol
        or (any(c.isupper() for c in value) and any(c.islower() for c in value))
        # (or one case of random letters with digits strewn through: "the password is B4VZ2HV1TVCC")
        or (
            len(value) >= 10
            and value.isalnum()
            # (hex of a digest's length is a digest as often)
            and (_NON_HEX.search(value) is not None or len(value) not in _DIGEST_HEX_LENGTHS)
            and len(_DIGIT_RUN.findall(value)) >= 2
            and sum(c.isalpha() for c in value) >= 6
            and is_gibberish(value)
        )
    ):
        return False
    if _not_a_value(value) or _version_or_line(value) or _CRYPTO_ALGORITHM.fullmatch(value):
        return False  # (and "from HA v12.7.0", "(`engine.py:725`)", "Argon2id": a version, a line, an algorithm)
    if _RULE_ID.fullmatch(value) or _escaped_word(value) or _storage_scheme(value):
        # "password reset (ADR-0032)": a record's id; "d\u00e9j\u00e0" in JSON: a word, escaped; "PBKDF2+salt": how
        # one is stored
        return False
    if _LOWER_SNAKE.fullmatch(value) and not CODE_WORDS.isdisjoint(value.split("_")):
        return False  # "`2fa_enabled` - 2FA Enabled": an event's or a field's name
    if _DOTTED_NAME.fullmatch(value) and not (value[-1].isdigit() and any(c.isupper() for c in value)):
        return False  # "config.yaml_path", "settings.SECRET": names of code ("lantern.Willow7" is typed as passwords)
    return _plain_secret(value) and not is_encrypted_value(value)


def _not_a_value(value: str) -> bool:
    """Paths, calls, subscripts, character references (&#34;), names of code (self.Password2, db_password_2,
    user_id2) and a sentence's clauses ("无线网络设备的密码，大于8个字符"), not values. A dotted name that ends in
    digits may be a password ("ilanga.inkanyezi84")."""
    return bool(
        _FULL_WIDTH_PUNCTUATION.search(value)
        or any(c in value for c in "/()[]{}")
        or value.count(".") > 3
        or _CHARACTER_REFERENCE.search(value)
        or snake_name(value)
        or (_DOTTED_NAME.fullmatch(value) and not value[-1].isdigit())
        or _QUALIFIED_TYPE.fullmatch(value)  # password: System.Security.SecureString, a parameter's type
        or "pass" in value.lower()
        or _HEX_INTEGER.fullmatch(value)  # PASSWORD = 0x4200A1: an enum's code, an integer literal
        # "パスワード保護 (PBKDF2・scrypt)", "PBKDF2-HMAC-SHA256": how passwords are stored, named
        or not _ALGORITHM_NAMES.isdisjoint(_WORD_SEPARATORS.split(value.lower()))
    )


# A parameter set to a number ("Latitude=43.78"), where a short option's password was looked for
_NUMBER_SETTING = re.compile(r"[A-Za-z][A-Za-z_]{1,30}=-?\d{1,9}(?:\.\d+)?")
# A label's colon or equals sign straight after the word: "Parol: X", "Пароль = X"
_LABEL_SEPARATOR = re.compile(r"[ \t]*[:：=][ \t]*(?:``|`|\*\*)?")
# The value closes its field: punctuation, or the line's end ("Password: argon2id hashed" goes on as a sentence)
_FIELD_END = re.compile(r"[.,;:)\]}!?*۔।॥။។]|[ \t]*(?:\r?\n|$)")
_ALGORITHM_NAMES = frozenset(
    "sha1 sha224 sha256 sha384 sha512 base32 base64 argon2 argon2id pbkdf2 scrypt bcrypt aes128 aes256 md5".split()
)
_WORD_SEPARATORS = re.compile(r"[^a-z0-9]+")


def _version_or_line(value: str) -> bool:
    """A version ("v12.7.0") or a file's line ("engine.py:725"), not a password."""
    return bool(_VERSIONISH.match(value) or _FILE_LINE.fullmatch(value))


def _escaped_word(value: str) -> bool:
    """Letters only once JSON's \\u escapes are read ("\\u00e9galement"): a word, whose escapes hold the digits."""
    return "\\u" in value and bool(_ESCAPED_LETTERS.fullmatch(value))


_ESCAPED_LETTERS = re.compile(r"(?:[^\W\d_]|\\u[0-9a-fA-F]{4})+")
_LOWER_SNAKE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+")


def _labelled_value(value: str) -> bool:
    """A value that a label names as the password (``Parol: tichoari454.``, ``Парола: звезда937``): letters and
    digits suffice there, in any script and case (or both cases and symbols without digits: ``q%Ar*Yi,uhVTCek``),
    where a password mentioned in a sentence must also hold a symbol or both cases."""
    letters = sum(char.isalpha() for char in value)
    digits = sum(char.isdigit() for char in value)
    both_cases = any(char.isupper() for char in value) and any(char.islower() for char in value)
    if digits and letters:
        pass
    elif not (
        len(value) >= 12
        and both_cases
        and (any(not char.isalnum() for char in value) or (len(value) >= 16 and is_gibberish(value)))
    ):
        return False  # (random letters of both cases, generated without digits: "NEaPEpjrDKjyOpOHgfswWeq")
    if "@" in value or _not_a_value(value) or _escaped_word(value):
        return False
    return _plain_secret(value) and not is_encrypted_value(value)


# A parameter's type, then the next parameter's name: "password: str,tmpDirectory: str" stated in a signature
_TYPE_THEN_PARAMETER = re.compile(r"(?:str|bytes|int|bool|float|SecretStr|Any),[ \t]*[A-Za-z_]\w*")
# An object's property read in code: "pwdInput.value", "form.password.data"
_PROPERTY_READ = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.[a-z_]+")


def _strong_value(match: re.Match, source: str, labelled: bool = False) -> list[Finding]:
    """The match's ``value`` without the sentence's trailing punctuation (unless quoted: ``Qaz2wsx!`` keeps its
    "!"), if it still reads as a secret. ``labelled``: a label's separator came straight before the value."""
    quoted = match.group("q") if "q" in match.re.groupindex else None
    value = match.group("value")
    value = value.removesuffix(quoted) if quoted else value.rstrip(_TRAILING)  # (**X** holds "*" in the value)
    value = cut_at_escaped_break(value)  # "Password policy\n4. Enable ...": prose in a JSON string
    if _UUID_GROUPS.fullmatch(value):
        return []  # "templateId is 5cf42378-d67d-4f36- ba46-...": an id's groups, wrapped at a space
    if _TYPE_THEN_PARAMETER.fullmatch(value):
        return []  # "def __init__(self, password: str,tmpDirectory: str)": a parameter's type, then the next one
    if "@" in value:
        value = _MPD_PERMISSIONS.sub("", value)
    if len(value) < 8 or (value.startswith(FORMAT_HEADS) and len(value) < 48) or elided_format_head(value):
        return []  # (or "password = pypi-AgEIcHlwaS5vcmc...": the head that every such token shares, elided)
    if not _strong(value) and not (
        labelled
        and _labelled_value(value)
        and _FIELD_END.match(match.string, match.start("value") + len(value) + len(quoted or ""))
    ):
        return []
    start = match.start("value")
    if _STORED_ENCRYPTED_AFTER.match(match.string, start + len(value)):
        return []  # Cisco ASA's "enable password X encrypted": the stored hash
    if _PROPERTY_READ.fullmatch(value) and match.string.startswith(";", start + len(value)):
        return []  # "var password = pwdInput.value;": a statement reading a field, code and not a value
    return [Finding(start, start + len(value), PASSWORD, source)]


def stated_password(text: str, start: int) -> list[Finding]:
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-."):
        return []
    word = _PASSWORD_WORD.match(text, start) or _PW.match(text, start)
    if word is None:
        return []
    line_start, _ = _line_bounds(text, start)
    if (ini_key := _INI_KEY_OF_WORDS.match(text, line_start)) is not None and ini_key.end() > word.end():
        return []  # "Mail Password Change=0": the word inside an INI setting's name of several words
    return _stated_after(text, word, _STATED.match(text, start)) or _password_after_its_account(text, word)


# What a password opens, named just before its word: "(user isabuild, password X)", "sftp://audio@host/path
# password X", "The Wi-Fi in the hall is FilmSoc, password X"
_ACCOUNT_BEFORE_PASSWORD = re.compile(
    r"(?i)(?:\buser(?:name)?[ \t]+[\w.@+-]{1,64}|://[\w.%+-]{1,64}@[\w.:-]+(?:/\S*)?"
    r"|\bwi-?fi\b[^\n]{0,40}?[ \t]is[ \t]+[\w.-]{1,32})[ \t]*,?[ \t]*$"
)


def _password_after_its_account(text: str, word: re.Match) -> list[Finding]:
    """A word and a number straight after the word, where the account, the URL or the network it opens is named
    just before: letters and digits alone suffice there, as a label's separator makes them suffice."""
    match = _STATED_DIRECTLY.match(text, word.end())
    if match is None or match.group("q"):
        return []
    value = match.group("value").rstrip(_TRAILING)
    line_start, _ = _line_bounds(text, word.start())
    if not (
        _WORD_THEN_NUMBER.fullmatch(value)
        and len(value) >= 8
        and not _says_password(value)
        and _ACCOUNT_BEFORE_PASSWORD.search(text, line_start, word.start())
        and _plain_secret(value)
    ):
        return []
    return [Finding(match.start("value"), match.start("value") + len(value), PASSWORD, "stated_password")]


def _stated_after(text: str, word: re.Match, match: re.Match | None = None) -> list[Finding]:
    """The value that follows a password's ``word``: after a few words of what it opens and a copula or separator
    (the first that gives a value that reads as one: "Pasiwedhi ye admin ndeye X", where "ye" is "of"), or straight
    after the word ("con el usuario reportes y la contraseña X", in any language)."""
    for candidate in _stated_candidates(text, word, match):
        if candidate is not None:
            labelled = bool(_LABEL_SEPARATOR.fullmatch(text, word.end(), candidate.start("value")))
            found = _strong_value(candidate, "stated_password", labelled)
            if (
                found
                and word.group().lower() == "passphrase"
                and _MIXED_RANDOM.fullmatch(text, *found[0][:2])
                and text[found[0].start : found[0].end].isalnum()
                and not _WIRELESS_BEFORE.search(text, max(0, word.start() - 24), word.start())
            ):
                # a passphrase drawn as random letters and digits alone is key material, as a key file's is (Apple's
                # groups, "6ra0zg-KQSGA5-uykvry", are a password, and so is a Wi-Fi network's WPA passphrase)
                return [found[0]._replace(tag=KEY)]
            if found:
                return found
    return []


def _stated_candidates(text: str, word: re.Match, match: re.Match | None):
    yield _STATED_IN_LATEX.match(text, word.end())
    yield _STATED_IN_ELEMENT.match(text, word.end())
    yield match
    yield from _values_after_words(text, word.end(), _STATED_VALUE)
    yield from _values_after_words(text, word.end(), _STATED_IN_ELEMENT)
    yield _CODE_SPAN_AFTER_WORDS.match(text, word.end())
    yield _STATED_DIRECTLY.match(text, word.end())
    yield _FOR_WHAT_THEN_VALUE.match(text, word.end())


def _value_after_words(text: str, word_end: int, value: re.Pattern) -> re.Match | None:
    """After a secret's word ending at ``word_end``: a few words of what it opens (no sentence's end), a copula or
    separator, then ``value``."""
    return next(_values_after_words(text, word_end, value), None)


def _values_after_words(text: str, word_end: int, value: re.Pattern):
    """``value`` after each copula or separator within a few words of the word ending at ``word_end``. Found in two
    steps (the separator searched for, then the value matched after it): one regex with a lazy middle before an
    alternation tried the alternation at every character, the password forms' largest cost on ordinary code."""
    window_end = min(len(text), word_end + _STATED_MIDDLE + 12)
    position = word_end
    while (separator := _STATED_SEPARATOR.search(text, position, window_end)) is not None:
        # (an aside in brackets is no sentence's end: "dev instance token (expired?): VALUE")
        middle = text[word_end : separator.start()]
        if "(" in middle:
            middle = _ASIDE.sub("", middle)
        if separator.start() - word_end > _STATED_MIDDLE or _STATED_MIDDLE_STOP.search(middle):
            return
        match = value.match(text, separator.end())
        if match is not None:
            yield match
        position = separator.end()


# A <value> element named by what precedes it: Hadoop's and Hive's <property><name>NAME</name><value>...</value>, the
# element it sits in (Windows unattend.xml's <AdministratorPassword><Value>...</Value>), or the name attribute of the
# property it sits in (Eclipse Kura's snapshots: <esf:property name="db.password" type="Password"><esf:value>...).
_XML_NAME_BEFORE = re.compile(
    r"(?i)(?:<(?:[\w-]{1,20}:)?name>[ \t]*(?P<name>[\w.:-]{1,200})[ \t]*</(?:[\w-]{1,20}:)?name>"
    r"|<(?P<element>[A-Za-z][\w:.-]{0,80})>"
    r'|<(?:[\w-]{1,20}:)?property\b[^<>\n]*?\bname="(?P<attribute>[\w.:-]{1,200})"[^<>\n]*>)\s*$'
)
# (PAN-OS keeps an IKE gateway's pre-shared key as <pre-shared-key><key>VALUE</key></pre-shared-key>; SoapUI's
# properties are namespaced, <con:value>; Katalon's profiles give an <initValue>, quoted)
_XML_VALUE = re.compile(r"(?i)<((?:[\w-]{1,20}:)?(?:value|key|initvalue))>(?P<value>[^<>\n]{1,256})</\1>")


_ENCODED_IN_UNATTEND = re.compile(r"\s*<PlainText>\s*false\s*</PlainText>", re.IGNORECASE)


def _xml_value(text: str, start: int) -> list[Finding]:
    if text[start] != "<":
        start = text.rfind("<", max(0, start - 21), start)  # (the needle ":value>" after a namespace's prefix)
        if start < 0:
            return []
    before = _XML_NAME_BEFORE.search(text, max(0, start - 300), start)
    match = _XML_VALUE.match(text, start)
    if before is None or match is None:
        return []
    name = (
        (before.group("name") or before.group("element") or before.group("attribute"))
        .lower()
        .replace(".", "_")
        .replace(":", "_")
    )
    secret, password = _name_verdict(name)
    value = match.group("value").strip()
    if len(value) > 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]  # <initValue>'...'</initValue>: Katalon keeps a Groovy literal, quotes and all
    if not secret or not value or not _secret_value(value, f"{name} = ", "password" if password else "key"):
        return []
    if _ENCODED_IN_UNATTEND.match(text, match.end()):
        return []  # Windows unattend.xml's <PlainText>false</PlainText>: the value is stored encoded, not typed
    value_start = match.start("value") + match.group("value").index(value)
    return [Finding(value_start, value_start + len(value), PASSWORD if password else KEY, "xml_property")]


def stated_in_other_scripts(text: str) -> list[Finding]:
    """Passwords stated in prose in scripts the ASCII needles cannot see (Cyrillic, Chinese, Japanese, Korean,
    Devanagari, Arabic): after a separator, or straight after the word ("비밀번호 X", "का पासवर्ड X है")."""
    if text.isascii():
        return []
    found = []
    for word in _SCRIPT_WORDS.finditer(text):
        found += _stated_after(text, word)
    return found


# Names of code on both sides of a slash: "`ebs-snapshot-age` / `rds-snapshot-age`"
_KEBAB_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
_SECRET_FIELD_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:token|key|secret|password|pass)")
_NUMBERED_CHOICE = re.compile(r"\d{1,3}=[^\W\d_]")


def slash_pair(text: str, start: int) -> list[Finding]:
    """``start`` is a " / " between a user and a password."""
    bold = text.startswith("**", start + 3)
    match = _SLASH_PAIR_BOLD.match(text, start + 3) if bold else _SLASH_PAIR.match(text, start + 3)
    if match is None:
        return []
    line_start, _ = _line_bounds(text, start)
    before = text[line_start:start]
    user = _SLASH_USER_BEFORE.search(before)
    if user is None:
        return []
    if before[: user.start("user")].rstrip("`* \t").endswith(" /") or _SLASH_AFTER.match(text, match.end()):
        return []  # "FTPS / SFTP / S3-compatible", "(MIT / BSD / Apache-2.0)": a list of three or more, no login
    if (
        _CODE_IN_VALUE.search(match.group("value"))
        or _NUMBERED_CHOICE.match(match.group("value"))
        or _SECRET_FIELD_NAME.fullmatch(match.group("value").rstrip(_TRAILING + "`"))
        or _UPPER_SNAKE.fullmatch(match.group("value").rstrip(_TRAILING + "*"))
        or (
            _KEBAB_NAME.fullmatch(second := match.group("value").rstrip(_TRAILING + "`"))
            and _KEBAB_NAME.fullmatch(user.group("user"))
            and second.rsplit("-", 1)[1] == user.group("user").rsplit("-", 1)[1]
        )
    ):
        # "(current.repo_root / filepath[2:]).resolve()": a path joined in code; "0=User Input / 1=Simple Beam":
        # an option's numbered choices; "`chain-account-token` / `chain-user-token`", "`ebs-snapshot-age` /
        # `rds-snapshot-age`": names sharing their last word; "ops@corp.io / USER_001": an id; no login
        return []
    if _EMAIL_USER.fullmatch(user.group("user")):
        # an e-mail address before the slash is an account's name by itself, and names what follows a password
        # as a label would: letters and digits in one case ("3053THISTLE"), words joined by hyphens, a word and a
        # number ("football7")
        value = match.group("value").rstrip(_TRAILING)
        if (
            _HYPHEN_PASSPHRASE.fullmatch(value)
            or joined_passphrase(value)
            # ("password123" is the stand-in every framework's docs use)
            or (_WORD_THEN_NUMBER.fullmatch(value) and not _says_password(value))
        ) and _plain_secret(value):
            return [Finding(match.start("value"), match.start("value") + len(value), PASSWORD, "login_pair")]
        return _strong_value(match, "login_pair", labelled=True)
    value = match.group("value").rstrip(_TRAILING)
    if (
        (
            (_LOGIN_CONTEXT.search(before) and _USER_INTRODUCED.search(before))
            or _SERVICE_LOGIN_BEFORE.search(before)
            or (_LOGIN_CONTEXT.search(before) and match.group("q") and before.endswith("`"))
        )
        and (
            _HYPHEN_PASSPHRASE.fullmatch(value)
            or joined_passphrase(value)
            or _WORD_THEN_NUMBER.fullmatch(value)
            or _made_up_shape(value)
            # (or random letters of both cases: "portal login: quote543 / YWRjelyngeLFbvfcKvxsaLETkcf"; or a device's
            # default of capitals, with digits or not: "login: wharfinger / RJWDMKGL")
            or (len(value) >= 12 and value.isalpha() and not value.islower() and is_gibberish(value))
            or (len(value) >= 8 and value.isupper() and value.isalnum() and is_gibberish(value))
        )
        and not _says_password(value)
        and _plain_secret(value)
    ):
        # "login `door` / juniper-gravel-meadow", "user collector / vivivi9758", "log in with `ops` / `vesa1971`":
        # a login named as one, then a password made of words or a word and a number
        return [Finding(match.start("value"), match.start("value") + len(value), PASSWORD, "login_pair")]
    if not any(char.isdigit() for char in match.group("value")) or not (
        _SLASH_CONTEXT.search(before) or _SERVICE_LOGIN_BEFORE.search(before)
    ):
        return []  # most " / " divide: "total / count", "a / 2"
    name = user.group("user")
    if (
        value == name
        or _UPPER_SNAKE.fullmatch(value)
        or _RULE_ID.fullmatch(value)
        or (value.startswith(name) and _NAME_VARIANT.match(value, len(name)))
        or name.endswith(value)
        or value.endswith(name)  # ("OAuth2DataLoader / MemoryOAuth2DataLoader": a class and its variant)
        or len(os.path.commonprefix((name, value))) >= max(5, len(value) - 2)
    ):
        # "the L2Domain / L2Domain template", "``ADDRESS`` / ``ADDRESS_V2``", "`enable-oslogin` /
        # `enable-oslogin-2fa`", "STIG V-273206 / OKTA-APP-001710", "`loginIpv4` / `loginIpv6`": names and ids side
        # by side
        return []
    found = _strong_value(match, "login_pair")
    if (
        not found
        and _made_up_shape(value)
        and (not value.isalnum() or len(_CAPITALISED_WORD.findall(value)) >= 2)  # (not "Total2024": one word)
        and _plain_secret(value)
    ):
        # "account created: vpn-temp / CompassMeadowFalcon9": a password made up as people make them
        found = [Finding(match.start("value"), match.start("value") + len(value), PASSWORD, "login_pair")]
    return found
