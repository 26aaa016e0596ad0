"""Passwords that no ``NAME = value`` gives a name: on command lines (``mysql -pSECRET``, ``sshpass -p``,
``redis-cli -a``, ``curl -u user:pw``, ``sqlcmd -P``, ``htpasswd -b``...), in SQL (``IDENTIFIED BY '...'``,
``CREATE ROLE ... PASSWORD '...'``), as positional arguments of login and connect calls (``login("admin",
"...")``, ``mysqli_connect("db", "root", "...")``), in ``(user, password)`` pairs given as auth
(``auth=("admin", "...")``) and in HTTP Basic credentials (``Authorization: Basic <base64 of user:password>``).

Every form starts from a literal (a command's name, ``identified``, ``password``, a callee's name, ``auth``,
``basic``) found in one automaton pass over the lower-cased text; a regex then runs only where one occurs.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata

from codelm.pipeline.redact.credfiles import (
    _EMAIL_USER,
    _HYPHEN_WORDS,
    _NUMBER_SETTING,
    find_form,
    login_value_alone,
    stated_in_other_scripts,
)
from codelm.pipeline.redact.credfiles import NEEDLE_KINDS as FORM_NEEDLE_KINDS
from codelm.pipeline.redact.detectors import (
    _COMMENT_START,
    _CONTINUED_LITERAL,
    _IMPORT_PATH,
    _MIXED_CASE_AND_DIGIT,
    _NAMES_NO_SECRET_VALUE,
    _RANDOM_UUID,
    _REGION,
    _UUID_SECRET_NAME,
    _VERSIONISH,
    KEY,
    PASSWORD,
    Finding,
    _generated_words,
    _name_verdict,
    _same_first_word,
    _secret_value,
    describes_itself,
    is_code_not_value,
    is_passphrase,
    is_sequential,
    prose_literal,
    says_it_stands_in,
    stated_literal,
)
from codelm.pipeline.redact.lookalikes import (
    cut_at_character_reference,
    cut_at_escaped_break,
    is_password_hash,
    is_placeholder,
    reads_from_elsewhere,
)
from codelm.pipeline.redact.needles import byte_matches


def _command_value(stops: str = "") -> str:
    """A value on a command line: quoted, or bare up to a shell or argument-list delimiter (or one of ``stops``)."""
    return (
        r"""(?:(?P<q>["'])(?P<quoted>(?:(?!(?P=q))[^\n]){1,128})(?P=q)|(?P<bare>[^\s"'`;|&<>()\[\],"""
        + stops
        + "]{1,128}))"
    )


_VALUE = _command_value()
# Between a flag and its value: spaces, or the quotes and comma of an argument list ("-p", "secret").
_SEPARATOR = r"""(?:[ \t]+|["'`][ \t]*,[ \t]*)"""
# A flag starts an argument: after a space, a quote, or a list's bracket or comma.
_FLAG = r"""(?<=[\s"'`\[,])"""
_SEPARATE = _SEPARATOR + _VALUE
# A value glued to its flag or prefix (mysql -pSECRET, openssl's pass:SECRET): quoted, or the whole bare word.
_WORD_VALUE = r"""(?:(?P<q>["'])(?P<quoted>(?:(?!(?P=q))[^\n]){1,128})(?P=q)|(?P<bare>[^\s"'`;|&<>]{1,128}))"""


def _flag(flags: str, glued: bool = False, separate: bool = True) -> str:
    """``flags`` followed by a value glued to it (``-pSECRET``), separate from it (``-p SECRET``), or either."""
    separator = {(True, True): f"{_SEPARATOR}?", (True, False): "", (False, True): _SEPARATOR}[glued, separate]
    return _FLAG + f"(?:{flags}){separator}{_VALUE}"


# (command names, the pattern of a password on that command's line). Names are matched as whole words.
_COMMANDS = [
    # the password glued to -p (a separate word after -p is a database name: mysql asks for the password)
    (
        ("mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlcheck", "mysqlshow", "mariadb", "mariadb-dump"),
        _FLAG + "-p" + _WORD_VALUE,
    ),  # fmt: skip
    (("mysqladmin",), r"(?<=\s)password" + _SEPARATE),
    (("7z", "7za", "7zr", "rar", "unrar"), _flag("-p", glued=True, separate=False)),
    (("zip", "unzip"), _flag("-P")),
    # Yocto's extrausers class: useradd/usermod -P PASSWORD takes the clear text (-p, lower case, takes a hash)
    (("useradd", "usermod"), _flag("-P")),
    (("sshpass",), _flag("-p", glued=True)),
    (("redis-cli",), _flag("-a")),
    (
        (
            "mongo",
            "mongosh",
            "mongodump",
            "mongorestore",
            "mongoexport",
            "mongoimport",
            "psexec",
            "paexec",
            "rdesktop",
        ),
        _flag("-p"),
    ),  # fmt: skip
    (("login",), _flag("-p")),  # docker/podman/helm/buildah login -u USER -p PASSWORD
    (("ftpput", "ftpget"), _flag("-p")),  # BusyBox's FTP clients: ftpput -u USER -p PASSWORD HOST REMOTE LOCAL
    (("condor_store_cred",), _flag("-p")),  # HTCondor's pool password: condor_store_cred add -c -p PASSWORD
    # SignTool's sign /f CERT.pfx /p PASSWORD: the certificate file's password
    (("signtool",), _FLAG + r"/p[ \t]+" + _VALUE),
    (("ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldapwhoami", "ldappasswd", "ldapcompare"), _flag("-w")),
    (("sqlcmd", "bcp", "osql", "isql", "ipmitool"), _flag("-P")),
    (("smbpasswd",), _flag("-w")),  # smbpasswd -w PASSWORD: the LDAP admin's password, stored in secrets.tdb
    (("mosquitto_pub", "mosquitto_sub", "mosquitto_rr"), _flag("-P|--pw")),
    # Nagios/Icinga plugins: check_mysql -u USER -p PASSWORD, check_pgsql -p, check_ldap -P
    (("check_mysql", "check_mysql_query", "check_pgsql"), _flag("-p")),
    (("check_ldap", "check_ldaps"), _flag("-P")),
    (("curl",), _flag("-u", glued=True)),
    (("curl",), _flag("--user|-U|--proxy-user")),
    (("http", "https"), _flag("--auth|-a")),  # HTTPie: http --auth USER:PASSWORD
    (("transmission-remote",), _flag("--auth|-n")),  # transmission-remote HOST:PORT --auth USER:PASSWORD
    (("stats",), r"(?<=[ \t])auth[ \t]+" + _VALUE),  # HAProxy: stats auth USER:PASSWORD
    # Samba's USER%PASSWORD (net ads join -U 'admin%...' joins a domain with it)
    (
        ("smbclient", "rpcclient", "smbmap", "net"),
        _FLAG + r"(?:-U[ \t]*|--user(?:=|[ \t]+))['\"]?[\w.@\\-]+%" + _VALUE,
    ),
    # Windows' Task Scheduler runs a task as /RU USER with /RP PASSWORD; Chocolatey's source add -u=USER -p="..."
    (("schtasks",), _FLAG + r"/(?i:rp)[ \t]+" + _VALUE),
    (("choco",), _FLAG + r"(?:-p|--password)(?:=|[ \t]+)" + _VALUE),
    (("lftp",), _FLAG + r"-u[ \t]+[\w.@-]+," + _VALUE),
    (("xfreerdp", "wfreerdp"), _FLAG + r"/p:" + _VALUE),
    # (after "pass:" the password is the rest of the word, commas and brackets included)
    (("openssl",), _FLAG + r"-pass(?:in|out|word)?[ \t]+pass:" + _WORD_VALUE),
    # openssl passwd [-1|-5|-6|-apr1|-salt S] PASSWORD: the plain password it hashes
    (("openssl",), r"(?<=[ \t])passwd(?:[ \t]+-(?:1|5|6|apr1|aixmd5|crypt|quiet|salt[ \t]+\S+))*[ \t]+" + _VALUE),
    # echo PASSWORD | sudo -S ..., | passwd --stdin USER, | docker login --password-stdin, | chpasswd (USER:PASSWORD),
    # | vncpasswd -f
    (
        ("echo", "printf"),
        r"(?<=[ \t])(?:-[ne][ \t]+)?" + _VALUE + r"(?=[ \t]*\|[ \t]*(?:sudo[ \t]+-S|passwd\b[^\n|;]*--stdin"
        r"|[\w-]+[ \t][^\n|;]*--password-stdin|gpg[ \t][^\n|;]*--passphrase-fd[ \t=]+0\b|chpasswd"
        # (joining a Kerberos realm or an AD domain reads the administrator's password from standard input)
        r"|(?:sudo[ \t]+)?(?:realm|adcli)[ \t]+join\b|kinit\b"
        # (and vncpasswd -f writes the obfuscated password file for the one it reads)
        r"|(?:tight|tiger)?vncpasswd\b[^\n|;]*[ \t]-f\b))",
    ),
    # USER/PASSWORD@CONNECT: an unquoted password cannot hold "@" (Oracle needs it quoted), so the value ends there
    (("sqlplus", "rman", "expdp", "impdp"), r"(?<=[ \t])[\w$#]+/" + _command_value("@") + r"(?=@|\s|$)"),
    (("rabbitmqctl",), r"\b(?:add_user|change_password)[ \t]+[\w.@-]+[ \t]+" + _VALUE),
    # net user NAME PASSWORD: "user" right after "net" ("if the user has no income" beside "net monthly" is prose)
    (("net",), r"(?<=(?i:net)[ \t])(?i:user)[ \t]+[\w.@\\-]+[ \t]+" + _VALUE),
    # echo VALUE > a file named for a password, passphrase, secret or token (a LUKS key file, a CI's .pass file)
    (
        ("echo", "printf"),
        r"(?<=[ \t])(?:-[ne][ \t]+)?"
        + _VALUE
        + r"(?=[ \t]*>>?[ \t]*[^\s;|&<>]*(?i:pass|secret|token)[^\s;|&<>/]*(?:[ \t;|&]|\r?$))",
    ),
    # PowerShell's ConvertTo-SecureString [-String] "..." -AsPlainText: the plain password it wraps
    (("convertto-securestring",), r"(?<=[ \t])(?:-String[ \t]+)?" + _VALUE + r"(?=[^\n]*(?i:-AsPlainText))"),
]
# curl's -u, HTTPie's --auth and HAProxy's stats auth take USER:PASSWORD: the part after the first colon is the
# password.
_USER_COLON = ("curl", "http", "https", "stats", "transmission-remote")
# chpasswd reads USER:PASSWORD, but only where it is the command the value is piped to.
_PIPED_TO_CHPASSWD = re.compile(r"[ \t]*\|[ \t]*chpasswd")
_HTPASSWD = re.compile(_FLAG + r"-(?P<flags>[A-Za-z]*b[A-Za-z]*)[ \t]+(?P<args>[^\n;|&]{1,300})")
_COMMAND_PATTERNS = [(names, re.compile(pattern)) for names, pattern in _COMMANDS]
# htpasswd and mosquitto_passwd take -b FILE USER PASSWORD (batch mode)
_BATCH_PASSWD = ("htpasswd", "mosquitto_passwd")
_COMMAND_NAMES = tuple(sorted({name for names, _ in _COMMANDS for name in names} | set(_BATCH_PASSWD)))
_COMMAND_LINE_CHARS = 600

# SQL: MySQL/Oracle's IDENTIFIED BY (not BY PASSWORD or Oracle's BY VALUES: hashes), PostgreSQL's [ENCRYPTED]
# PASSWORD '...' in a user or role statement, MySQL's SET PASSWORD ... = PASSWORD('...').
_IDENTIFIED_BY = re.compile(
    r"identified[ \t\r\n]+(?:with[ \t]+[\w'\"-]+[ \t]+)?by[ \t\r\n]+(?!(?:password|values)\b)"
    r"""(?:(?P<q>["'])(?P<quoted>(?:(?!(?P=q))[^\n]){1,128})(?P=q)|(?P<bare>[A-Za-z0-9_$#!%^*+=.-]{1,128}))""",
    re.IGNORECASE,
)
# (PASSWORD 'x' has a space or a parenthesis before the quote: conn_info['password'] = '...' is code, not SQL;
# MySQL's SET PASSWORD [FOR 'user'@'host'] = '...' gives the literal after "=", without PASSWORD(...) since 5.7)
_SQL_PASSWORD = re.compile(
    r"""password(?:[ \t\r\n]+|[ \t]*\([ \t]*|(?<=set[ \t]password)(?:[ \t]+for[ \t]+[^\n=;]{1,160}?)?[ \t]*=[ \t]*)"""
    r"""'(?P<quoted>[^'\n]{1,128})'""",
    re.IGNORECASE,
)
# The statements that give a user a password, from the start of a statement (a line, or after ";", a quote, a
# parenthesis or a log's "statement:"): "identified by" in prose ("the key identified by the grant's id") is none.
_SQL_USER_STATEMENT = re.compile(
    r"""(?:^|[;"'`(:])[ \t]*(?:(?:create|alter)[ \t\r\n]+(?:user|role|login|connection)\b|set[ \t]+password\b|"""
    r"""grant\b|"""
    r"connect[ \t]+to\b)",
    re.I | re.M,
)
# Values that are not a password in SQL: bind parameters and stored hashes (md5..., SCRAM-SHA-256$..., *A4B6...).
_HASH_FOLLOWS = re.compile(r"(?i)identified[ \t\r\n]+by[ \t\r\n]+$")
_SQL_NOT_PASSWORD = re.compile(r"^(?:[:?@$%&]|\{|md5[0-9a-f]{32}$|scram-sha-256\$|\*[0-9A-Fa-f]{40}$)", re.I)
# SQL built by concatenation: "... with password '" + password + "';" puts code between the SQL quotes, no value.
_SPLICED = re.compile(
    r"""^["`][ \t]*(?:\+|\|\||\.|&)|(?:\+|\|\||\.|&)[ \t]*["`]$"""
    r"""|^[ \t]*(?:\+|\|\||&)[ \t]*[A-Za-z]?[ \t]*$"""  # by " + f"{pw}": the operator between two literals
)

# Calls taking (user, password, ...) and calls taking (host, [port,] user, password, ...); names lower-cased
# without underscores.
_AUTH_CALLS = frozenset(
    "login logon signin authenticate auth basicauth httpbasicauth httpdigestauth digestauth httpntlmauth "
    "networkcredential usernamepasswordcredentials passwordauthentication usernamepasswordauthenticationtoken "
    "simplebind simplebinds setcredentials withcredentials withbasicauth setbasicauth plainauth "
    "createuser createsuperuser adduser createaccount registeruser basic".split()
)
# Callees named for what they take: PlainCredentials, SqlCredential, ProxyBasicAuth, ftp_login, pxssh's login.
_AUTH_CALL_ENDINGS = ("credentials", "credential", "auth", "login", "logon", "signin")
# Callees named for the password they set: keyring.set_password(service, user, PASSWORD), ssh2_auth_password($c,
# user, PASSWORD), setPassword(...): the last argument is the password.
_PASSWORD_SETTER = re.compile(r"(?:set|auth|with|use|update|change|login).*(?:password|passwd|passphrase)$")
_HOST_LIKE = re.compile(r"""[rbuf]?["'](?:localhost|[\w-]+(?:\.[\w-]+)+|[\d.:]+)["']""")
# Oracle's host[:port]/service: cx_Oracle.connect(USER, PASSWORD, "db:1521/orcl").
_ORACLE_DSN = re.compile(r"""[rbuf]?["'][\w.-]+(?::\d+)?/[\w.-]+["']""")
_CONNECT_CALLS = frozenset("connect mysqlconnect mysqliconnect mysqli getconnection pdo ftp ftptls".split())
_IDENTIFIER_BYTES = re.compile(rb"[a-z0-9_]*")
_IDENTIFIER_BACK = re.compile(rb"[a-z0-9_]*")
_CALL_OPEN = re.compile(r"[ \t]*\(")
_STRING_LITERAL = re.compile(
    r"""[rbuf]{0,2}(?P<q>["'`])(?P<value>(?:(?!(?P=q))[^\n\\]){0,128})(?P=q)"""
    r"""(?:\.(?:toCharArray|ToCharArray|getBytes|encode|as_bytes|to_string|to_owned)\(\))?"""
)
# SASL's and HTTP's authentication mechanisms, as a call's first argument before the user and the password
_MECHANISM = re.compile(
    r"""[rbu]?(["'])(?i:simple|ntlm|gssapi|plain|external|login|anonymous|kerberos|basic|digest|"""
    r"""(?:digest|cram)-md5|scram-sha-\d+(?:-plus)?)\1"""
)
# A call on a group (its object's name says group): adduser/add_user there adds a member to a group.
_GROUP_OBJECT = re.compile(rb"group[a-z0-9_]*\.$")
_USERISH = re.compile(r"(?i)user|login|name|uid|account|mail|usr|admin|root|\$dsn")
_KWARG = re.compile(r"[A-Za-z_]\w*[ \t]*=[^=]")
_NUMBER = re.compile(r"\d+")
_MAX_ARGUMENT_CHARS = 400

# (user, password) given as auth: auth=("admin", "..."), session.auth = ('u', 'p'), "credentials": ["u", "p"].
_AUTH_PAIR = re.compile(
    # (one pair, or the first of a list of them: Gradio's launch(auth=[("USER", "PASSWORD"), ...]))
    r"""["']?\]?[ \t]*(?:=|:|=>)[ \t]*(?:\[[ \t]*)?[(\[][ \t]*"""
    r"""(?:[rbu]?["'](?P<user>[\w.@+-]{1,64})["']|[A-Za-z_][\w.]{0,64})[ \t]*,[ \t]*"""
    r"""[rbu]?(?P<q>["'])(?P<quoted>(?:(?!(?P=q))[^\n]){1,128})(?P=q)[ \t]*[)\]]"""
)
_JOINED_PAIR = re.compile(r"=(?P<user>[\w.@+-]{1,64}):(?P<value>[^\s:@/\"'`,;]{1,128})(?=\s|$)")
_API_TOKEN_HEX = re.compile(r"[0-9a-f]{32,64}")
# A setting named for authentication given "USER:PASSWORD" bare, last on its line: MariaDB Galera's
# "wsrep_sst_auth = sst:VALUE", Hubot's HUBOT_JENKINS_AUTH=deploy:TOKEN
_JOINED_PAIR_SETTING = re.compile(
    r"[ \t]*=[ \t]*(?P<user>[A-Za-z][\w.@+-]{0,63}):(?P<value>[^\s:@/\"'`,;]{1,128})[ \t]*(?=\r?\n|$)"
)
# A directive named for authentication given "USER PASSWORD;" (Flussonic's "edit_auth flussonic VALUE;")
_AUTH_DIRECTIVE = re.compile(
    r"[ \t]+(?P<user>[A-Za-z][\w.@-]{0,63})[ \t]+(?P<value>[^\s;\"'`]{1,128});[ \t]*(?=\r?\n|$)"
)
# The same pair as one string, alone or in a list: flower_basic_auth = ["admin:..."], basic_auth: "admin:...".
_QUOTED_JOINED_PAIR = re.compile(
    r"""["']?[ \t]*(?:=|:|=>)[ \t]*\[?[ \t]*[rbu]?(?P<q>["'])(?P<user>[\w.@+-]{1,64}):"""
    r"""(?P<value>(?:(?!(?P=q))[^\s:])(?:(?!(?P=q))[^\s]){0,127})(?P=q)"""
)
_AUTH_SCHEMES = frozenset("digest basic plain sasl".split())
_HTTP_METHODS = frozenset("GET POST PUT PATCH DELETE HEAD OPTIONS".split())
_AUTH_PAIR_NAMES = frozenset("auth basicauth httpauth credentials creds login".split())
# HTTP Basic: "Authorization: Basic dXNlcjpwYXNzd29yZA==" carries user:password in base64.
_BASIC = re.compile(r"basic[ \t]+(?P<value>[A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])", re.IGNORECASE)
_BASIC_PLAIN = re.compile(r"basic[ \t]+[\w.@+-]{1,64}:(?P<value>[^\s\"'<>:]{4,128})(?=[\s\"']|$)", re.IGNORECASE)
# The same base64 "user:password" stored for a registry: .npmrc's "_auth=", Docker's config.json "auth": "...", a CI
# variable named for it (DOCKER_AUTH: "...", REGISTRY_AUTH="...", fastlane's MATCH_GIT_BASIC_AUTHORIZATION=...).
_STORED_AUTH = re.compile(
    r"""(?:(?i:_auth(?:ori[sz]ation)?)["']?[ \t]*[=:][ \t]*["']?|"auth"[ \t]*:[ \t]*")"""
    r"""(?P<value>[A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])"""
)

_SHAPED_END = "!?#*$"  # (what closes a made-up password: see _shaped_password)

# What each needle opens, found in one automaton pass over the lower-cased text. A needle carries the character
# after its word ("mysql ", 'mysql"', "login(", "auth="), so the frequent substrings ("net" in "network", "rar" in
# "library", "auth" in "author") open nothing.
_NEEDLE_KINDS: dict[bytes, tuple[str, str]] = {
    **{f"{name}{after}".encode(): ("command", name) for name in _COMMAND_NAMES for after in " \t\"'"},
    **{f"{name}(".encode(): ("call", name) for name in (
        "login", "logon", "signin", "sign_in", "auth", "authenticate", "authentication", "authenticationtoken",
        "credential", "credentials", "bind",
        "bind_s", "connect", "connection", "mysqli", "pdo", "ftp", "ftp_tls",
        "password", "passwd", "passphrase", "create_user", "createuser", "create_superuser", "createsuperuser",
        "add_user", "adduser", "create_account", "register_user", "basic",
    )},
    # typing into a form field: page.fill("#password", "..."), find_element(...).send_keys("...")
    **{f".{name}(".encode(): ("input", name) for name in (
        "fill", "type", "send_keys", "sendkeys", "setvalue", "set_value", "val", "input_text", "type_text",
        "typetext",
    )},
    # a user and password pair in prose: "login: admin / ...", "default credentials are admin:..."
    **{name.encode(): ("login_pair", name) for name in (
        "login", "log in", "logon", "sign in", "signin", "credentials", "creds",
    )},
    # a Markdown table's password column
    **{f"{bar}{space}{name}{space2}|".encode(): ("table", name) for name in ("password", "passwd", "pass", "pwd")
       for bar in ("|",) for space in ("", " ") for space2 in ("", " ")},
    **{f"| {name}   ".encode(): ("table", name) for name in ("password", "passwd", "pass", "pwd")},  # (padded)
    # DSNs that put the password between other parts: jdbc:oracle:thin:USER/PASSWORD@host, USER:PASSWORD@tcp(host)
    b"oracle:thin:": ("dsn", "oracle"),
    b"@//": ("dsn", "ezconnect"),
    b"@tcp(": ("dsn", "go"),
    b"@unix(": ("dsn", "go"),
    **{f"{name}{after}".encode(): ("pair", name) for name in ("auth", "creds", "credentials", "login")
       for after in ("=", " =", '"', "'", ":")},
    # (a setting's name padded to line up its "=": wsrep_sst_auth           = ...)
    b"auth  ": ("pair", "auth"), b"auth\t": ("pair", "auth"), b"_auth ": ("pair", "auth"),
    b"identified": ("sql", "identified"),
    b"password": ("sql", "password"),
    b"insert into": ("sql", "insert"),
    b"set value": ("sql", "update"),
    b"set option_value": ("sql", "update"),
    b"basic": ("basic", "basic"),
    **{
        f"_auth{spelling}{after}".encode(): ("basic", "stored")
        for spelling in ("", "orization", "orisation")
        for after in ("=", " =", ":", '":', "':")
    },
    b'"auth":': ("basic", "stored"),
    # a digit and the symbol that closes a made-up password: "tafukt.agris43?", "Winter2026*"
    **{f"{digit}{symbol}".encode(): ("shaped", "") for digit in "0123456789" for symbol in _SHAPED_END},
    # credential file formats and settings (see credfiles.py)
    **{needle: ("form", kind) for needle, kind in FORM_NEEDLE_KINDS.items()},
}  # fmt: skip
_NEEDLES = tuple(_NEEDLE_KINDS)
NEEDLES = _NEEDLES


def find_password_forms(
    text: str, lowered: bytes | None = None, needle_matches: list[tuple[int, int, int]] | None = None
) -> list[Finding]:
    """Passwords on command lines, in SQL, in login/connect calls, auth pairs and Basic credentials.
    ``lowered`` is ``text.encode("ascii", "replace").lower()`` when the caller has it (same offsets as ``text``);
    ``needle_matches`` is ``byte_matches(lowered, NEEDLES)`` when the caller has it."""
    if lowered is None:
        lowered = text.encode("ascii", "replace").lower()
    if needle_matches is None:
        needle_matches = byte_matches(lowered, _NEEDLES)
    found: list[Finding] = []
    done_lines: set[tuple[int, str]] = set()
    for index, start, _ in needle_matches:
        kind, name = _NEEDLE_KINDS[_NEEDLES[index]]
        if kind == "sql" and name == "insert":
            found += _inserted_secrets(text, start)
        elif kind == "sql" and name == "update":
            found += _updated_setting(text, start)
        elif kind == "sql":
            found += _identified_by(text, start) if name == "identified" else _sql_password(text, start)
            if name == "password":
                found += _named_after_it(text, start)
        elif kind == "form":
            found += find_form(name, text, start)
        elif kind == "basic":
            found += _basic_credentials(text, start, _BASIC if name == "basic" else _STORED_AUTH)
        elif kind == "command":
            end = start + len(name)
            if not _whole_word(lowered, start, end):
                continue
            line_end = _command_line_end(text, end)
            if (line_end, name) not in done_lines:
                done_lines.add((line_end, name))
                found += _command_passwords(text, name, end, line_end)
        elif kind == "login_pair":
            if _whole_word(lowered, start, start + len(name)):
                found += _login_pair(text, start + len(name))
        elif kind == "table":
            found += _table_column(text, start)
        elif kind == "input":
            found += _typed_into_a_field(text, start + len(name) + 2)
        elif kind == "dsn":
            found += _dsn_password(text, start, name)
        elif kind == "shaped":
            found += _shaped_password(text, start)
        else:
            found += _call_passwords(text, lowered, start)
            if text.startswith('\\"', start + len(name) + 1):
                found += _escaped_call_passwords(text, start)
    if "@" in text:
        found += _email_password_pairs(text)
    return found + stated_in_other_scripts(text)


_JSON_QUOTE_ESCAPE = re.compile(r'\\(["\\])')


def _escaped_call_passwords(text: str, start: int) -> list[Finding]:
    """A login or connect call inside a JSON string, its quotes escaped: a notebook's source line
    ("smtp.login(\\"ops@corp.io\\", \\"VALUE\\")\\n"), a recorded request's body. The call is read on its line
    unescaped, and each value found is placed back where it stands in the escaped text."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 200)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    call_start = len(_JSON_QUOTE_ESCAPE.sub(r"\1", text[line_start:start]))
    unescaped = _JSON_QUOTE_ESCAPE.sub(r"\1", text[line_start:line_end])
    found = []
    for finding in _call_passwords(unescaped, unescaped.encode("ascii", "replace").lower(), call_start):
        value = unescaped[finding.start : finding.end]
        value_start = text.find(value, start, line_end)
        if value_start >= 0:
            found.append(finding._replace(start=value_start, end=value_start + len(value)))
    return found


# ("jonas@corp.io", "velvet-glacier-94"), ["ops@corp.io", "..."], a Go table's {"ops@corp.io", "...", true}, a
# keyring entry ("mail", "ops@corp.io", "..."): an e-mail address followed by an item that reads as a secret
# (letters and digits, and a symbol or both cases; or a passphrase of four words) is an account and its password.
# Searched from the "@" (a literal the regex engine finds fast), the item before it checked backwards.
_EMAIL_PAIR_TAIL = re.compile(
    r"""@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?P<q>["'])[ \t]*,[ \t]*"""
    r"""[rbu]?(?P<q2>["'])(?P<value>[^"'\s@]{6,128})(?P=q2)[ \t]*[)\]},]"""
)
_EMAIL_PAIR_HEAD = re.compile(r"""[(\[{,][ \t]*[rbu]?(["'])[^"'\s@]{1,64}$""")
# ops@corp.io:PASSWORD as a word of its own (Postfix's sasl_passwd, a credentials list): an account and its password
# (or dma's auth.conf, "ops@corp.io|smtp.host:PASSWORD": the account, its smarthost, then the password)
_EMAIL_COLON_PASSWORD = re.compile(
    r"""@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?:(?P<value>[^\s/:@'"`<>|]{8,128})(?=\s|$)"""
)


_COUNTER_ID = re.compile(r"[a-z]+(?:-[a-z0-9]+)*-0+\d{1,4}")
_EMAIL_ITEM_NEXT = re.compile(r"""[ \t]*[rbu]?["'][^"'\s@]{1,64}@""")


def _email_password_pairs(text: str) -> list[Finding]:
    found = []
    for match in (*_EMAIL_PAIR_TAIL.finditer(text), *_EMAIL_COLON_PASSWORD.finditer(text)):
        if match.re is _EMAIL_PAIR_TAIL:
            head = _EMAIL_PAIR_HEAD.search(text, max(0, match.start() - 80), match.start())
            if head is None or head.group(1) != match.group("q"):
                continue
        value = match.group("value")
        has_digit = any(char.isdigit() for char in value)
        has_letter = any(char.isalpha() for char in value)
        mixed_case = any(char.isupper() for char in value) and any(char.islower() for char in value)
        if not (has_digit and has_letter and (mixed_case or _SECRET_SYMBOL.search(value) or "-" in value)) and not (
            _HYPHEN_WORDS.fullmatch(value)
        ):
            continue
        if not _password_literal(value) or is_code_not_value(value) or _UUID_VALUE.fullmatch(value):
            continue
        if _NAME_PATH.fullmatch(value) and not _mixed_letters_digits(value):
            continue  # ("ops@corp.io", "pkg.module"): a dotted name, no password
        if _COUNTER_ID.fullmatch(value):
            continue  # Person("Jane", "scale@corp.io", "adult-b-0002"): a record's id, numbered from zeros
        if text[match.end() - 1] == "," and _EMAIL_ITEM_NEXT.match(text, match.end()):
            continue  # ("user-123", "alice@x.io", "user-456", "bob@x.io"): rows of ids and addresses, flattened
        found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "auth_pair"))
    return found


def _line_start(text: str, index: int, limit: int) -> int:
    """The start of ``index``'s line, at most ``limit`` characters back (a megabyte-long line stays linear)."""
    window_start = max(0, index - limit)
    return max(text.rfind("\n", window_start, index) + 1, window_start)


def _whole_word(lowered: bytes, start: int, end: int) -> bool:
    before = lowered[start - 1 : start]
    after = lowered[end : end + 1]
    return (not before or not (before.isalnum() or before in b"_-.")) and (
        not after or not (after.isalnum() or after in b"_-")
    )


def _command_line_end(text: str, start: int) -> int:
    """The end of the command's line, continued over backslash-newlines (PowerShell's backtick-newlines), at most
    _COMMAND_LINE_CHARS on."""
    limit = min(len(text), start + _COMMAND_LINE_CHARS)
    position = start
    while True:
        newline = text.find("\n", position, limit)
        if newline < 0:
            return limit
        if text[newline - 1 : newline] not in ("\\", "`") and text[newline - 2 : newline] not in ("\\\r", "`\r"):
            return newline
        position = newline + 1


def _value_span(match: re.Match) -> tuple[int, int] | None:
    for group in ("quoted", "bare"):
        if match.group(group) is not None:
            return match.span(group)
    return None


def _command_passwords(text: str, command: str, start: int, end: int) -> list[Finding]:
    found = []
    for names, pattern in _COMMAND_PATTERNS:
        if command not in names:
            continue
        for match in pattern.finditer(text, start, end):
            span = _value_span(match)
            if span is None:
                continue
            value_start, value_end = span
            value = text[value_start:value_end]
            if command in _USER_COLON or (
                command in ("echo", "printf") and _PIPED_TO_CHPASSWD.match(text, match.end())
            ):
                if ":" not in value:
                    continue  # curl -u user: asks for the password
                user = value[: value.index(":")]
                value_start += len(user) + 1
                value = text[value_start:value_end]
                key_id = bool(_UUID_VALUE.fullmatch(user) or _API_KEY_MATERIAL.fullmatch(user))
                if (
                    command != "stats"
                    and (key_id or _HEX_KEY_MATERIAL.fullmatch(value))
                    and _API_KEY_MATERIAL.fullmatch(value)
                    and _password_literal(value)
                ):
                    # curl -u "<plugin id>:<64 hex>": an API's key pair in Basic auth (its id too), or a hex key
                    found.append(Finding(value_start, value_end, KEY, "cli_password"))
                    if key_id:
                        found.append(Finding(value_start - len(user) - 1, value_start - 1, KEY, "cli_password"))
                    continue
            if value.isalpha() and value.isupper() and text.startswith("]", value_end):
                continue  # "usage: tool ... [-p PROJECT]": an option's metavariable in its usage line
            if _password_literal(value) and not value.startswith("-") and not _UPPER_SNAKE_VALUE.fullmatch(value):
                found.append(Finding(value_start, value_end, PASSWORD, "cli_password"))
    if command in _BATCH_PASSWD:
        for match in _HTPASSWD.finditer(text, start, end):
            words = match.group("args").split()
            flags = match.group("flags")
            while words and words[0].startswith("-"):  # htpasswd -b -c FILE ...: the flags may come apart
                flags += words.pop(0)
            # htpasswd -b FILE USER PASSWORD; -n writes to stdout, so no FILE
            position = 1 if "n" in flags else 2
            if len(words) <= position:
                continue
            value = words[position].strip("'\"")
            if value.endswith(")") and "(" not in value:
                value = value.rstrip(")")  # "$(htpasswd -nb admin VALUE)": a command substitution closes after it
            value_start = text.find(value, match.start("args") + sum(len(word) for word in words[:position]))
            if value_start >= 0 and _password_literal(value):
                found.append(Finding(value_start, value_start + len(value), PASSWORD, "cli_password"))
    return found


# Generated key material, no password a person types: 32 hex digits or more, or 32 random letters and digits
_HEX_KEY_MATERIAL = re.compile(r"[0-9a-fA-F]{32,128}")
_API_KEY_MATERIAL = re.compile(r"[0-9a-fA-F]{32,128}|(?=[^:]*\d)(?=[^:]*[a-z])(?=[^:]*[A-Z])[A-Za-z0-9_+/=-]{32,128}")
# curl -u APP_KEY:APP_SECRET: a placeholder named like an environment variable.
_UPPER_SNAKE_VALUE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
# A parameter's name given as its own value in a test (get_auth('service_name', 'region_name')).
_PARAMETER_NAME = re.compile(r"[a-z]+(?:_[a-z]+)*_(?:name|id|region|host|hostname|type|path|url|file|dir|user)")


# What a positional argument reads as when it is no secret: a sentence (an error message, prose), a UUID (a client
# or tenant id), an identifier joined by "-" or "_" ("client-id", "victim_shop_a"), a path of names joined by ":",
# "." or "/" ("idp:stable-uid", "shop-b:7", "pkg.mod:Class"), a lower-case word ("drip", "username") or a number
# ("95465499", a uid). A password slot known by its call (login, create_user, add_user, a password setter) takes
# words and numbers as the (weak) passwords tests use; a callee only named like one ("...Credential",
# "..._login", "...Auth": client-id/tenant constructors, test helpers taking uids and provider names) needs a value
# that reads as a secret: digits among letters, both cases, or a symbol that is no separator of names.
_SENTENCE = re.compile(r"[A-Za-z][A-Za-z']*(?:[ \t]+[A-Za-z][A-Za-z']*[,.;:!?]?)+")  # words, acronyms too: "API token"
_UUID_VALUE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_JOINED_NAMES = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+")
_NAME_PATH = re.compile(r"[A-Za-z_][\w-]*(?:[:./][\w-]+)+")
_LOWER_WORD = re.compile(r"[a-z]+")
_NON_EMPTY_LITERAL = re.compile(r"""[rbu]?(["'])[^"'\n]+\1""")
_PASSPHRASE = re.compile(r"[a-z]{3,}(?:-[a-z]{3,}){2,}-\d{1,4}")
_SECRET_SYMBOL = re.compile(r"[^\w\s:./-]")
_CODE_WORD = re.compile(r"[A-Z]{2,4}")
_LOWER_CAMEL_WORDS = re.compile(r"[a-z]{2,}(?:[A-Z][a-z]+)+")


_AUTH_HEADER_NAME = re.compile(r"(?i)(?:(?:proxy|www)-)?(?:authori[sz]ation|authenticate|authentication-info)")
_AUTH_WORDS = re.compile(r"auth|login|logon|signin|basic|plain|digest|http|user|do")
_EMAIL_LITERAL = re.compile(r"""[rbuf]{0,2}(["'`])[^"'`\s@]{1,64}@[\w-]+(?:\.[\w-]+)+\1""")


def _email_argument(text: str, positional: list[tuple[int, int]], first: int) -> int | None:
    """The index of the first argument from ``first`` on that is an e-mail address literal."""
    for index in range(first, len(positional)):
        if _EMAIL_LITERAL.fullmatch(text, *positional[index]):
            return index
    return None


def _argument_reads_as_secret(value: str, known_slot: bool) -> bool:
    """A positional argument in a password slot: never a sentence, UUID or path of names; where the slot is only
    guessed from the callee's name, also no bare word, number or joined identifier (see above)."""
    if (
        (_SENTENCE.fullmatch(value) and not (known_slot and is_passphrase(value)))
        or _UUID_VALUE.fullmatch(value)
        or _AUTH_HEADER_NAME.fullmatch(value)
        or describes_itself(value)
        or value.lower() in ("hash", "hashed", "digest")
    ):
        # ("www-authenticate", "Authorization", ...): the headers an auth helper reads and writes; set_password(...,
        # "legacy-junk"), create_user(..., 'hash'): stand-ins that say what they are, a hash's name
        return False
    if (
        _NAME_PATH.fullmatch(value)
        and not _SECRET_SYMBOL.search(value)
        and not _mixed_letters_digits(value)
        and not _generated_words(value)  # ("sage.flint.lavender.cumin.nutmeg": five words a generator joined)
    ):
        return False
    if _CODE_WORD.fullmatch(value) or _LOWER_CAMEL_WORDS.fullmatch(value):
        # create_account("trade", "BTC"), ("EU", "USD"): a currency's, a country's or a type's code; signIn(uri,
        # "signUp"): a mode's name in camelCase
        return False
    if known_slot or _PASSPHRASE.fullmatch(value):
        return True  # (three or more words and a number, "sparrow-maple-copper-82": a generated passphrase)
    if value.isdigit() or _LOWER_WORD.fullmatch(value) or _JOINED_NAMES.fullmatch(value):
        return False
    has_digit = any(char.isdigit() for char in value)
    has_letter = any(char.isalpha() for char in value)
    mixed_case = any(char.isupper() for char in value) and any(char.islower() for char in value)
    return (has_digit and has_letter) or mixed_case or bool(_SECRET_SYMBOL.search(value))


def _mixed_letters_digits(value: str) -> bool:
    """Digits glued to letters inside one segment ("s3cret"), which names joined by separators rarely have."""
    return any(
        any(char.isdigit() for char in part) and any(char.isalpha() for char in part)
        for part in re.split(r"[:./_-]", value)
    )


_CLIENT_ID_NAME = re.compile(r"(?i)(?:[a-z]+[-_])?client[-_]?id(?:[-_]?\d{1,3})?")
_CLIENT_SECRET_NAME = re.compile(r"(?i)(?:[a-z]+[-_])?client[-_]?(?:secret|pass(?:word)?)(?:[-_]?\d{1,3})?")
_PORT_THEN_PATH = re.compile(r"\d{1,5}[/?#;]")  # (";": a SIP URI's parameters)


def _password_literal(value: str) -> bool:
    # A dotted number is a version or an address part ("GET /login HTTP/1.1", login(email, '127.2')): the rule
    # that assignments apply to a password's value. A cloud region or a parameter's name is what signers and
    # factories take positionally beside a credential (SigV4Auth(creds, "host", "us-west-2")), not a password.
    return bool(value) and not (
        is_placeholder(value)
        or reads_from_elsewhere(value)
        or value.startswith(("$", "%"))
        or _VERSIONISH.match(value)
        or _REGION.fullmatch(value)
        or _PARAMETER_NAME.fullmatch(value)
        or _PORT_THEN_PATH.match(value)  # host:443?sslmode=...: a URL's port and query after its host
        or value.startswith(("http://", "https://"))  # ["https://user:key@host", "https://a/?q=1"]: URLs listed
        or _NAMES_NO_SECRET_VALUE.search(value) is not None  # SmsAero(email, "test_api_key_..."): a test's stand-in
        or is_password_hash(value)  # rpcauth="user:SALT$HMAC": what the server keeps instead of the password
        or _NUMBER_SETTING.fullmatch(value) is not None  # -p "Latitude=43.78": a parameter set to a number
        or _FIELDS_ONLY.fullmatch(value) is not None  # self.auth(f"{self.url}{config.API}/{pk}"): a template's fields
    )


_FIELDS_ONLY = re.compile(r"(?:\{[^{}\n]*\}[/:.?&=#-]?)+")


def _identified_by(text: str, start: int) -> list[Finding]:
    match = _IDENTIFIED_BY.match(text, start)
    if match is None or not _in_user_statement(text, start):
        return []
    value_start, value_end = _value_span(match)
    value = text[value_start:value_end]
    if _SQL_NOT_PASSWORD.match(value) or _SPLICED.search(value) or not _password_literal(value):
        return []
    return [Finding(value_start, value_end, PASSWORD, "sql_password")]


def _sql_password(text: str, start: int) -> list[Finding]:
    match = _SQL_PASSWORD.match(text, start)
    if match is None:
        return []
    if not _in_user_statement(text, start) or _HASH_FOLLOWS.search(text, max(0, start - 40), start):
        return []  # IDENTIFIED BY PASSWORD '*...': MySQL's syntax for giving the stored hash, not the password
    value = match.group("quoted")
    if _SQL_NOT_PASSWORD.match(value) or _SPLICED.search(value) or not _password_literal(value):
        return []
    return [Finding(match.start("quoted"), match.end("quoted"), PASSWORD, "sql_password")]


# INSERT INTO t (col, ...) VALUES (...), (...): a string literal goes to the column at its position, and a column
# named for a secret (password, secret, api_key, token...) names its values as an assignment would. A settings
# table names its secrets in a row instead: ('WEBSTORE_API_KEY', 'VALUE') under (Name, Value) columns.
# (the columns quoted, '"stationId", "value"', and over several lines)
# (a settings table dumped without its columns names a secret by the literal before it: zenphoto's
# "INSERT INTO `zp_options` VALUES (59,0,'PHPMailer_smtp_password','VALUE',NULL)")
_INSERT = re.compile(
    r"""insert[ \t]+into[ \t]+[\w.`"\[\]]{1,128}[ \t]*(?:\((?P<columns>[^();']{1,600})\))?"""
    r"""[ \t\r\n]*values[ \t\r\n]*\(""",
    re.IGNORECASE,
)
# One item of a VALUES row: a string literal ('' escapes a quote), or anything else up to the next comma or bracket
# (numbers, NULL, a function call's name and its own brackets).
_SQL_ITEM = re.compile(r"""[ \t\r\n]*(?:'(?P<literal>(?:[^'\n]|''){0,256})'|[^,()'\n]*(?:\([^()\n]*\))?)[ \t\r\n]*""")
_NEXT_ROW = re.compile(r"\)[ \t\r\n]*,[ \t\r\n]*\(")
_MAX_INSERT_ROWS = 1000


_SETTING_NAME_COLUMN = re.compile(r"(?:[a-z]+_?)?(?:name|key)")
_SETTING_VALUE_COLUMN = re.compile(r"(?:[a-z]+_?)?value")


def _inserted_secret(column: str, literal: str, kind: str) -> str | None:
    """The tag of a literal inserted under a secret's name, if it is one."""
    if kind != "password" and _RANDOM_UUID.fullmatch(literal):
        return KEY if _UUID_SECRET_NAME.search(column) else None  # (an OCPI token, a random UUID)
    if kind != "password" and len(literal) < 16:
        return None  # an RFID card's 7-byte UID under "idToken": shorter than any key issued as text
    if _secret_value(literal, f"{column} = '", kind):
        return PASSWORD if kind == "password" else KEY
    return None


def _inserted_secrets(text: str, start: int) -> list[Finding]:
    match = _INSERT.match(text, start)
    if match is None:
        return []
    if match.group("columns") is None:
        return _named_row_secrets(text, match.end())
    columns = [column.strip().strip('`"[]').lower() for column in match.group("columns").split(",")]
    verdicts = [_name_verdict(column) if column.replace("_", "").isalnum() else (False, False) for column in columns]
    value_column = next((i for i, column in enumerate(columns) if _SETTING_VALUE_COLUMN.fullmatch(column)), None)
    name_columns = (
        [i for i, column in enumerate(columns[:value_column]) if _SETTING_NAME_COLUMN.fullmatch(column)]
        if value_column is not None
        else []
    )
    if not any(secret for secret, _ in verdicts) and not name_columns:
        return []
    found = []
    position = match.end()
    for _ in range(_MAX_INSERT_ROWS):
        row_name = None
        for index in range(len(columns) + 1):
            item = _SQL_ITEM.match(text, position)
            position = item.end()
            literal = item.group("literal")
            if literal is not None and index < len(columns) and verdicts[index][0]:
                tag = _inserted_secret(columns[index], literal, "password" if verdicts[index][1] else "key")
                if tag is not None:
                    found.append(Finding(item.start("literal"), item.end("literal"), tag, "sql_insert"))
            elif literal is not None and index in name_columns and literal.replace("_", "").isalnum():
                named = _name_verdict(literal.lower())
                row_name = (literal.lower(), "password" if named[1] else "key") if named[0] else row_name
            elif literal is not None and index == value_column and row_name is not None:
                tag = _inserted_secret(row_name[0], literal, row_name[1])
                if tag is not None:
                    found.append(Finding(item.start("literal"), item.end("literal"), tag, "sql_insert"))
            if text[position : position + 1] != ",":
                break
            position += 1
        if text[position : position + 1] != ")":
            return found  # a row that does not close where its columns end: stop reading, keep what was read
        next_row = _NEXT_ROW.match(text, position)
        if next_row is None:
            return found
        position = next_row.end()
    return found


_SETTING_WORDS_NAME = re.compile(r"[A-Z]+[a-z0-9]*(?:[A-Z][a-z0-9]+)+")


def _named_row_secrets(text: str, position: int) -> list[Finding]:
    """A row with no columns named: a literal naming a secret, then the literal that holds it."""
    found = []
    for _ in range(_MAX_INSERT_ROWS):
        row_name = None
        for _ in range(64):
            item = _SQL_ITEM.match(text, position)
            position = item.end()
            literal = item.group("literal")
            if literal is not None and row_name is not None:
                tag = _inserted_secret(row_name[0], literal, row_name[1])
                if tag is not None:
                    found.append(Finding(item.start("literal"), item.end("literal"), tag, "sql_insert"))
            row_name = None
            # (a setting's name has parts, "mailserver_pass" or openDCIM's "SMTPPassword"; a bare 'password' in a row
            # is a value, a user's own)
            named = (
                literal
                and literal.replace("_", "").isalnum()
                and ("_" in literal.strip("_") or _SETTING_WORDS_NAME.fullmatch(literal))
            )
            named = named and _name_verdict(literal.lower())
            if named and named[0]:
                row_name = (literal.lower(), "password" if named[1] else "key")
            if text[position : position + 1] != ",":
                break
            position += 1
        next_row = _NEXT_ROW.match(text, position)
        if next_row is None:
            return found
        position = next_row.end()
    return found


# A settings table's row set by its name: "update cfg_system set value='VALUE' where param='appassword'",
# WordPress's "SET option_value = 'VALUE' WHERE option_name = 'mailserver_pass'"
_UPDATED_SETTING = re.compile(
    r"""set[ \t]+(?:[a-z]+_)?value[ \t]*=[ \t]*'(?P<value>(?:[^'\n]|''){1,256})'[ \t]+where[ \t]+(?:[a-z]+_)?"""
    r"""(?:name|key|param)[ \t]*=[ \t]*'(?P<name>[\w.-]{2,80})'""",
    re.IGNORECASE,
)


def _updated_setting(text: str, start: int) -> list[Finding]:
    match = _UPDATED_SETTING.match(text, start)
    if match is None:
        return []
    secret, password = _name_verdict(match.group("name").lower())
    tag = _inserted_secret(match.group("name").lower(), match.group("value"), "password" if password else "key")
    return [Finding(match.start("value"), match.end("value"), tag, "sql_insert")] if secret and tag else []


def _in_user_statement(text: str, start: int) -> bool:
    statement_start = max(text.rfind(";", max(0, start - 400), start) + 1, start - 400, 0)
    # (up to the word at ``start`` included: SET PASSWORD's statement is named by the word itself)
    return bool(_SQL_USER_STATEMENT.search(text, max(0, statement_start - 1), start + len("password")))


def _basic_credentials(text: str, start: int, pattern: re.Pattern = _BASIC) -> list[Finding]:
    match = pattern.match(text, start)
    if match is None and pattern is _BASIC and (plain := _BASIC_PLAIN.match(text, start)) is not None:
        # httpyac's and REST Client's "Authorization: Basic USER:PASSWORD": the client encodes the pair itself
        value = plain.group("value")
        if _password_literal(value) and not is_placeholder(cut_at_escaped_break(value)):
            return [Finding(plain.start("value"), plain.end("value"), PASSWORD, "basic_auth")]
        return []
    if match is None or (pattern is _BASIC and start > 0 and text[start - 1].isalnum()):
        return []
    value = match.group("value")
    if text[match.end("value") : match.end("value") + 1] in "\"'" and _CONTINUED_LITERAL.match(text, match.end() + 1):
        return []  # "Basic b2s4..."\n "YjU4...": the first of adjacent literals is only part of the credentials
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        if pattern is _BASIC and len(value) >= 20 and _MIXED_CASE_AND_DIGIT.match(value):
            # "Authorization: Basic <random base64>": no "user:password" inside but random bytes, a key issued to
            # be sent as it is
            return (
                [Finding(match.start("value"), match.end("value"), KEY, "basic_auth")]
                if _secret_value(value, "api_key = ", "key")
                else []
            )
        return []
    user, colon, password = decoded.partition(":")
    if not colon or not password or not decoded.isprintable() or is_placeholder(password):
        return []
    if says_it_stands_in(password):
        return []  # base64 of "robot-account:secret-token": a documented pair whose password names its role
    if is_sequential(user):
        return []  # "DIABCDEFGHIJKLMNOPQR:<signature>": a test's integration key typed through the alphabet
    if password == user and not password.isalnum():
        return []  # base64 of "return-500:return-500": a mock server's trigger, the same words twice
    if _CLIENT_ID_NAME.fullmatch(user) and _CLIENT_SECRET_NAME.fullmatch(password):
        # base64 of "client-id-1:client-secret-1", "my_client_id:my_client_secret", "clientId:clientPass": OAuth's
        # fields, named
        return []
    # The base64 of "user:password" is a token sent as it is (the held-out sets label it KEY).
    return [Finding(match.start("value"), match.end("value"), KEY, "basic_auth")]


# LDAP binds take the bind DN, then its password: ldap3's Connection(server, DN, PASSWORD), python-ldap's
# simple_bind_s(DN, PASSWORD), PHP's ldap_bind($conn, DN, PASSWORD).
_LDAP_BIND_CALLS = frozenset("connection bind binds simplebind simplebinds ldapbind".split())
_BIND_DN = re.compile(
    r"""[rbuf]?(["'])(?:cn|uid|ou|dc|o|mail|samaccountname)=[^"'\n]*,[ \t]*(?:dc|ou|o|cn)=[^"'\n]*\1""", re.I
)


def _after_bind_dn(text: str, arguments_start: int) -> list[Finding]:
    opening = _CALL_OPEN.match(text, arguments_start)
    if opening is None:
        return []
    positional = []
    for argument in _arguments(text, opening.end()):
        if _KWARG.match(text, argument[0], argument[1]):
            break
        positional.append(argument)
    for dn, password in zip(positional, positional[1:]):
        literal = _STRING_LITERAL.fullmatch(text, *password)
        if _BIND_DN.fullmatch(text, *dn) and literal is not None:
            value = literal.group("value")
            if _password_literal(value) and _argument_reads_as_secret(value, known_slot=True):
                return [Finding(literal.start("value"), literal.end("value"), PASSWORD, "call_password")]
    return []


def _call_passwords(text: str, lowered: bytes, hit: int) -> list[Finding]:
    name_start = hit - _IDENTIFIER_BACK.match(lowered[max(0, hit - 40) : hit][::-1]).end()
    name_end = _IDENTIFIER_BYTES.match(lowered, hit).end()
    name = lowered[name_start:name_end].decode("ascii").replace("_", "")
    if name in _AUTH_PAIR_NAMES and (joined := _JOINED_PAIR.match(text, name_end)):
        # squid's cache_peer ... login=USER:PASSWORD: a bare pair given to an option named for credentials
        value, value_start = joined.group("value"), joined.start("value")
        if joined.group("user") == "password" and value.startswith("value="):
            # xpra's --tcp-auth=password:value=VALUE: the module's name, then its option giving the password
            value, value_start = value[len("value=") :], value_start + len("value=")
        if _password_literal(value) and _argument_reads_as_secret(value, known_slot=False) and len(value) >= 6:
            return [Finding(value_start, joined.end("value"), PASSWORD, "auth_pair")]
    if (
        name.endswith("auth")
        and not name.endswith("oauth")
        and (joined := _JOINED_PAIR_SETTING.match(text, name_end))
        and joined.group("user").lower() not in _AUTH_SCHEMES
        and _password_literal(joined.group("value"))
        and not joined.group("value").isdigit()  # PROXY_AUTH=squid:3128: a host and its port
        and _argument_reads_as_secret(joined.group("value"), known_slot=True)
    ):
        # (an API token in hex in the password's place: Jenkins's, 34 hex digits)
        tag = KEY if _API_TOKEN_HEX.fullmatch(joined.group("value")) else PASSWORD
        return [Finding(joined.start("value"), joined.end("value"), tag, "auth_pair")]
    if (
        name.endswith("auth")
        and not name.endswith("oauth")
        and (directive := _AUTH_DIRECTIVE.match(text, name_end))
        and not text[text.rfind("\n", 0, name_start) + 1 : name_start].strip()  # (a directive opens its line)
        and _password_literal(directive.group("value"))
        and _argument_reads_as_secret(directive.group("value"), known_slot=True)
    ):
        return [Finding(directive.start("value"), directive.end("value"), PASSWORD, "auth_pair")]
    if (name in _AUTH_PAIR_NAMES or name.endswith(("auth", "credentials", "creds"))) and (
        joined := _QUOTED_JOINED_PAIR.match(text, name_end)
    ):  # (ProxySQL's admin_credentials="admin:...")
        value = joined.group("value")
        if (
            ":" not in value  # "arn:aws:iam::aws:policy/...": a resource's name, colons all through it
            and joined.group("user").lower() not in _AUTH_SCHEMES
            # AUTH = "https://host/auth": a URL's scheme; noauth = "pkg.module:Loader": an entry point's target
            and not value.startswith("//")
            and value.count("/") + value.count("\\") < 2  # ("C:\\path\\to\\credentials.json": a drive and a path)
            and not _IMPORT_PATH.fullmatch(text, joined.start("user"), joined.end("value"))
            and not joined.group("user").startswith(".")  # '._path.svnwc:SvnAuth': a relative import's target
            and _password_literal(value)
            and not is_code_not_value(value)
            and _argument_reads_as_secret(value, known_slot=False)
        ):
            return [Finding(joined.start("value"), joined.end("value"), PASSWORD, "auth_pair")]
    # (and a service's own: CRM_AUTH = ("sync", "..."), PROXY_CREDENTIALS = (...); not OAuth's, a flow's name)
    if name in _AUTH_PAIR_NAMES or (name.endswith(("auth", "credentials", "creds")) and not name.endswith("oauth")):
        match = _AUTH_PAIR.match(text, name_end)
        if match is not None and _password_literal(match.group("quoted")):
            value = match.group("quoted")
            # basic_auth=("email", "API token"): words in the password's place say what goes there. "login" names a
            # route or a form as often as credentials (LOGIN = ("GET", "/login")): there only a secret-shaped value.
            login = name == "login"
            # (under a service's own name only a typed value: sim_auth = ('Mr.A@somewhere.com', 'somepassword'))
            named_pair = name in _AUTH_PAIR_NAMES
            if (
                not is_code_not_value(value)
                and value.count("/") < 2  # ('GET', '/auth/providers'): a method and a route
                and (match.group("user") or "").upper() not in _HTTP_METHODS  # ("GET", "/login")
                # "google-auth": ("google.auth", "google.oauth2"): a package's modules, listed by the package's name
                and not (match.group("user") and _same_first_word(match.group("user"), value))
                # ("authorization", "Bearer t0ken"): a header's name and its value, read by the header rules
                and not (match.group("user") or "").lower().endswith("authorization")
                and (
                    _argument_reads_as_secret(value, known_slot=named_pair and not login)
                    or (not named_pair and _generated_words(value))
                )
                and not (login and not any(char.isdigit() for char in value))
            ):
                return [Finding(match.start("quoted"), match.end("quoted"), PASSWORD, "auth_pair")]
    auth = name in _AUTH_CALLS or name.endswith(_AUTH_CALL_ENDINGS)
    setter = not auth and bool(_PASSWORD_SETTER.search(name))
    if name in _LDAP_BIND_CALLS and (bound := _after_bind_dn(text, name_end)):
        return bound
    if not (auth or setter or name in _CONNECT_CALLS):
        return []
    if auth and _GROUP_OBJECT.search(lowered, max(0, name_start - 40), name_start):
        return []  # win_groupadd.adduser("admins", "steve"), group.add_user(...): a member added, (group, user)
    opening = _CALL_OPEN.match(text, name_end)
    if opening is None:
        return []
    arguments = _arguments(text, opening.end())
    positional = []
    for argument in arguments:
        if _KWARG.match(text, argument[0], argument[1]):
            break
        positional.append(argument)
    second_argument_start = positional[1][0] if len(positional) >= 2 else -1
    if name == "auth" and len(positional) == 1 and (literal := _STRING_LITERAL.fullmatch(text, *positional[0])):
        # red:auth("..."), client.auth("..."): Redis's AUTH and the like take the password alone
        value = literal.group("value")
        if (
            _password_literal(value)
            and _argument_reads_as_secret(value, known_slot=False)
            and len(value) >= 6
            and not _PASCAL_NAME.fullmatch(value)  # (SAM's auth("DefaultAuthorizer"): a field's docs, looked up)
        ):
            return [Finding(literal.start("value"), literal.end("value"), PASSWORD, "call_password")]
        return []
    if setter:
        if len(positional) < 2:
            return []  # set_password("...") alone: the assignment detector's setter form
        candidates = positional[-2:]
    elif auth:
        if (
            name in ("createuser", "createsuperuser")
            and len(positional) == 2
            and lowered[max(0, name_start - 8) : name_start] == b"objects."
        ):
            # User.objects.create_user("test", "Test1234"): Django's manager takes (username, email, password), the
            # second argument is the e-mail; a password comes third or as password=
            return []
        if len(positional) >= 3 and (
            _HOST_LIKE.fullmatch(text, *positional[0]) or not _STRING_LITERAL.fullmatch(text, *positional[0])
        ):
            positional = positional[1:]  # ftp_login($conn, user, password), pxssh.login("host.io", user, password)
        elif len(positional) >= 3 and _MECHANISM.fullmatch(text, *positional[0]):
            positional = positional[1:]  # bonsai's set_credentials("SIMPLE", user, password): the mechanism first
        if name == "plainauth" and positional and text[positional[0][0] : positional[0][1]] in ('""', "''"):
            positional = positional[1:]  # Go's smtp.PlainAuth(identity, user, password, host)
        candidates = positional[:2]
        if len(positional) >= 3 and (
            "@" in text[positional[1][0] : positional[1][1]]
            or (name in ("createuser", "createsuperuser") and _NON_EMPTY_LITERAL.fullmatch(text, *positional[2]))
        ):
            # create_user("bob", "bob@corp.io", password): Django's create_user(username, email, password) and
            # create_superuser take the password third, whatever the second holds
            candidates = [positional[0], positional[2]]
        elif len(positional) >= 4 and (email := _email_argument(text, positional, 2)) is not None:
            # add_user("bob", "Bob", "Smith", "bob@corp.io", role, password): names, then the e-mail; the password
            # is the first string after it
            later = [argument for argument in positional[email + 1 :] if _STRING_LITERAL.fullmatch(text, *argument)]
            candidates = [positional[0], later[0]] if later else []
    elif len(positional) >= 3 and _ORACLE_DSN.fullmatch(text, *positional[2]):
        candidates = positional[:2]  # cx_Oracle.connect(user, password, "host:1521/service")
    else:
        rest = positional[1:]  # the host, URL or DSN
        while rest and _NUMBER.fullmatch(text[rest[0][0] : rest[0][1]]):
            rest = rest[1:]  # a port
        candidates = rest[:2]
    if len(candidates) < 2:
        return []
    (user_start, user_end), (password_start, password_end) = candidates
    if not (
        setter or _USERISH.search(text, user_start, user_end) or _STRING_LITERAL.fullmatch(text, user_start, user_end)
    ):
        return []
    literal = _STRING_LITERAL.fullmatch(text, password_start, password_end)
    if literal is None:
        return []
    value = literal.group("value")
    value_start = literal.start("value")
    if "{" in value and "f" in text[literal.start() : value_start].lower():
        return []  # f'fake-{random_chars(35)}': an f-string's fields are code, the value made at run time
    if auth and ":" in value and text[user_start:user_end].strip("'\"").lower() in _AUTH_SCHEMES:
        # add_auth("digest", "user:s3cret"): a scheme, then user:password in one string; the password follows ":"
        colon = value.index(":") + 1
        value, value_start = value[colon:], value_start + colon
    if len(value) < 3 or not _password_literal(value) or is_code_not_value(value):
        return []
    if "@" in value and _EMAIL_USER.fullmatch(value) and password_start == second_argument_start:
        # add_user("John Smith", "testrail@ff.com", is_admin=True): an e-mail in the second place is the account's
        # address (create_user(name, email, "me@corp.io"), its third, takes any string as the password)
        return []
    # A slot known by its call: an exact login/user-creating call, a password setter, a connect call,
    # Credentials("akid", "skid"), auth(...): a callee named only by the credential noun is one too.
    known_slot = (
        setter
        or name in _AUTH_CALLS
        or name in _CONNECT_CALLS
        or name in _AUTH_CALL_ENDINGS
        or not _AUTH_WORDS.sub("", name)  # auth_login, basic_auth_login: a callee named only by login words
    )
    if not _argument_reads_as_secret(value, known_slot):
        return []
    return [Finding(value_start, value_start + len(value), PASSWORD, "call_password")]


_PASCAL_NAME = re.compile(r"(?:[A-Z][a-z]+){2,}")


# After "login", "credentials"...: an optional verb or operator, then USER/PASSWORD or USER:PASSWORD, each bare or
# in backticks/quotes/bold, the password ending the phrase.
_LOGIN_PAIR = re.compile(
    r"""(?:[ \t]+(?:for|of|on|to)[ \t]+[^\n:=/]{1,40}?(?=[ \t]*[:=]))?"""  # "credentials for the test box: ..."
    r"""[ \t]*(?:(?:with|as|are|is|using|via)\b[ \t]*)?(?:[:=][ \t]+)?(?:\*{1,2})?"""
    r"""(?:``|[`'"])?(?P<user>[\w.@+-]{1,64})(?:``|[`'"])?"""
    r"""[ \t]*(?:/|:)[ \t]*(?:\*{1,2})?"""
    # the password in a code span or quotes may hold any symbol ("`sbktfr*SA5FD1ciKp%Ij`"); bare, no "*" (bold)
    r"""(?:(?P<pq>``|[`'"])(?P<quoted>[^\s`'"]{3,64})(?P=pq)|(?P<password>[^\s`'"/*]{3,64}?))"""
    r"""(?:\*{1,2})?(?=[.,;:)]{0,2}(?:\s|$))"""
)


_LOGIN_OUTCOME_WORDS = frozenset("failed failure status error errors successful succeeded success result".split())
_LIST_GOES_ON = re.compile(r"[`'\"*]{0,2}[ \t]+/[ \t]")
# A login phrase goes on with a space, a colon or "=" after its word; "." "/" "-" "_" make the word part of a host,
# path or name.
_AFTER_LOGIN_WORD = frozenset(" \t:=")


def _login_pair(text: str, start: int) -> list[Finding]:
    """``login: admin / s3cr3t!``, ``default credentials are admin:s3cr3t!``: a password that reads as one (a digit, or
    symbols among letters), so ``login: user/repo`` or ``creds: host:port`` give none."""
    if text[start : start + 1] not in _AFTER_LOGIN_WORD:
        return []  # login.example.com/oauth2, credentials.json, login_user/...: a host, file or name, no phrase
    match = _LOGIN_PAIR.match(text, start)
    if match is None:
        return login_value_alone(text, start)
    if match.group("user").lower() in _LOGIN_OUTCOME_WORDS:
        return []  # ("Login failed: 403 Forbidden", "Login status: 200 OK": an outcome and its HTTP status)
    group = "quoted" if match.group("quoted") is not None else "password"
    value = match.group(group)
    if not (_password_literal(value) and prose_literal(value)) or is_code_not_value(value):
        return []
    if _LIST_GOES_ON.match(text, match.end(group)):
        return []  # "login with passkeys / fido2 / webauthn / ...": a list of three or more, no user and password
    if cut_at_character_reference(value, text[match.end(group) : match.end(group) + 1]):
        return []  # escaped HTML: 'if &#34;login as:&#34; in output' holds no pair
    return [Finding(match.start(group), match.end(group), PASSWORD, "login_pair")]


# A password as people make them up, stated in prose after a label or a word of any language ("Awal uffir:
# tafukt.agris43?", "lo lus zais yog zaub_paj361?", "la peraule clâf (cjase+lûs528?)"): words, two to four digits
# and a closing symbol. The shape is what names it, so the words before it need no lexicon; in code the same shape
# is a pointer type ("i32*", "float64*") or sits in a literal, which the assignment and call rules read instead.
_SHAPED_JOINERS = "_.+-'"
_SHAPED_AFTER = " \t\r\n)]}>.,;:\"'`—"
_SHAPED_BEFORE = re.compile(r"""(?:[^\W\d_]|[^\W\d_][)\]]|:)[ \t]+[("'`]?$""")
# C's qualifiers before a type: "(const xxh_u64*)ptr", "volatile uint_least32*" declare a pointer
_C_QUALIFIER_BEFORE = re.compile(r"(?<![\w-])(?:const|volatile|struct|union|unsigned|signed|restrict)[ \t]+\(?$")
# A declared name after a pointer type: "CCMetroHash128* _m", "xxh_u64* const xacc = ...", "Vec3* out;"
_C_DECLARATOR_AFTER = re.compile(r"[ \t]+(?:const[ \t]+)?[A-Za-z_]\w*[ \t]*(?:[=;,)\[]|\r?\n|$)")
# (and Windows' and Keccak's upper-case type names: "(const UINT64*)")
_POINTER_TYPE = re.compile(r"[a-z]{1,6}\d{1,3}\*|(?:U?INT|BYTE|Q?WORD|DWORD|FLOAT|CHAR|UCHAR)\d{1,3}\*")


_TECHNICAL_NAME = re.compile(
    r"(?i)(?:base|utf|ucs|sha|md|crc|int|uint|float|win|x|i|arm|aarch|abi|nabi|ipv|http|latin|iso|amd|mips|ppc|bytes?)"
    r"\d{1,3}\W$"
)


def _shaped_password(text: str, digit: int) -> list[Finding]:
    """``digit`` is the last digit before one of ``_SHAPED_END``."""
    end = digit + 2
    if text[digit + 1] not in _SHAPED_END or (end < len(text) and text[end] not in _SHAPED_AFTER):
        return []
    first_digit = digit
    while first_digit > 0 and text[first_digit - 1].isdigit():
        first_digit -= 1
    if not 2 <= digit + 1 - first_digit <= 4 or first_digit == 0 or not text[first_digit - 1].isalpha():
        return []
    start = first_digit
    while start > 0 and (
        text[start - 1].isalnum()
        or text[start - 1] in _SHAPED_JOINERS
        or unicodedata.category(text[start - 1]).startswith("M")
    ):
        start -= 1  # (a combining mark is part of its letter: Devanagari's vowel signs, "उदक-फूल196*")
    while text[start] in _SHAPED_JOINERS:
        start += 1
    value = text[start:end]
    if (
        sum(char.isalpha() for char in value) < 4
        or _POINTER_TYPE.fullmatch(value)
        or _TECHNICAL_NAME.match(value[max(value.rfind(joiner) for joiner in "-_.") + 1 :])
    ):
        # (or "base64!", "NABI32?", "not-valid-base64!": an encoding's, an ABI's or a type's name in a sentence,
        # the phrase's last word)
        return []
    line_start = text.rfind("\n", 0, start) + 1
    if not _SHAPED_BEFORE.search(text, max(line_start, start - 80), start):
        return []
    if value.endswith("*") and (
        _C_QUALIFIER_BEFORE.search(text, max(line_start, start - 20), start)
        or _C_DECLARATOR_AFTER.match(text, end)
        or text.count("*", line_start, start) % 2
    ):
        return []  # (or "*Phase: 07.2-execution-based-eval-ck25*": Markdown's emphasis, closed by the "*")
    return [Finding(start, end, PASSWORD, "shaped_password")]


# "use 'X' as the password", "`X` is the admin password": a quoted value named after it in the same sentence.
_VALUE_BEFORE_NAME = re.compile(
    r"""(?:(?P<q>["'`])(?P<value>[^"'`\n]{3,64})(?P=q)|(?<![^\s(])(?P<bare>[^\s"'`]{4,64}))"""  # or unquoted in prose
    r"""[ \t]+(?:as|is|was)[ \t]+(?:(?:the|our|your|its|an?|my)[ \t]+)?(?:[\w-]+[ \t]+){0,2}$"""
)


def _in_comment_or_docstring(text: str, line_start: int, index: int) -> bool:
    """``text[index]`` sits in a comment (its line starts as one) or inside triple quotes."""
    if _COMMENT_START.match(text, line_start, index):
        return True
    return bool(text.count('"""', 0, index) % 2 or text.count("'''", 0, index) % 2)


def _named_after_it(text: str, start: int) -> list[Finding]:
    line_start = _line_start(text, start, 200)
    match = _VALUE_BEFORE_NAME.search(text, line_start, start)
    if match is None:
        return []
    group = "value" if match.group("value") is not None else "bare"
    value = match.group(group)
    if not (_password_literal(value) and prose_literal(value)) or is_code_not_value(value):
        return []
    prose = group != "bare" or (
        stated_literal(value) and _in_comment_or_docstring(text, line_start, match.start(group))
    )
    if not prose:
        return []  # code: "x is the password" compares or names; only prose states a value unquoted
    return [Finding(match.start(group), match.end(group), PASSWORD, "login_pair")]


# (or the border of a table a terminal program drew, as MySQL's client and evilginx's "sessions" do: +----+----+)
_TABLE_SEPARATOR = re.compile(
    r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*\|?[ \t]*|[ \t]*\+(?:-{2,}\+){2,}[ \t]*"
)
_PASSWORD_HEADER = re.compile(r"(?i)(?:[\w ]+ )?(?:password|passwd|pass|pwd|passphrase)")
_CELL_MARKUP = "`*_ \t"
_TABLE_ROW = re.compile(r"[ \t]*\|")


def _table_column(text: str, start: int) -> list[Finding]:
    """The cells under a Markdown table's password column (``| user | password |`` then ``|---|---|``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:line_end].lstrip().startswith("|"):
        return []
    header = text[line_start:line_end].strip().strip("|").split("|")
    column = next((index for index, cell in enumerate(header) if _PASSWORD_HEADER.fullmatch(cell.strip())), None)
    separator_end = text.find("\n", line_end + 1)
    separator_end = len(text) if separator_end < 0 else separator_end
    if column is None:
        return []
    if not _TABLE_SEPARATOR.fullmatch(text, line_end + 1, separator_end):
        # | Password | s3cr3t! |: a row of a setting/value table, its next cell the value.
        return _table_row_value(text, line_start, line_end, column)
    found = []
    row_start = separator_end + 1
    while _TABLE_ROW.match(text, row_start):
        row_end = text.find("\n", row_start)
        row_end = len(text) if row_end < 0 else row_end
        cell_start = text.find("|", row_start, row_end) + 1
        for _ in range(column):
            cell_start = text.find("|", cell_start, row_end) + 1
            if cell_start == 0:
                break
        cell_end = text.find("|", cell_start, row_end) if cell_start else -1
        if cell_end > cell_start:
            while cell_start < cell_end and text[cell_start] in _CELL_MARKUP:
                cell_start += 1
            while cell_end > cell_start and text[cell_end - 1] in _CELL_MARKUP:
                cell_end -= 1
            value = text[cell_start:cell_end]
            if (
                len(value) >= 4
                and " " not in value
                and _password_literal(value)
                and not is_code_not_value(value)
                # (MySQL's "select user, password" prints the stored hash, "*81F5...", markup to Markdown's eye)
                and not is_password_hash(text[cell_start - 1 : cell_end].strip(), hex_digest=True)
            ):
                found.append(Finding(cell_start, cell_end, PASSWORD, "table_password"))
        row_start = row_end + 1
    return found


def _table_row_value(text: str, line_start: int, line_end: int, column: int) -> list[Finding]:
    """The cell after the password cell (column ``column``) of the table row ``text[line_start:line_end]``."""
    bars = [index for index in range(line_start, line_end) if text[index] == "|"]
    if len(bars) < column + 3:
        return []
    cell_start, cell_end = bars[column + 1] + 1, bars[column + 2]
    while cell_start < cell_end and text[cell_start] in _CELL_MARKUP:
        cell_start += 1
    while cell_end > cell_start and text[cell_end - 1] in _CELL_MARKUP:
        cell_end -= 1
    value = text[cell_start:cell_end]
    if len(value) < 4 or " " in value or not _password_literal(value) or not prose_literal(value):
        return []
    if is_code_not_value(value):
        return []
    return [Finding(cell_start, cell_end, PASSWORD, "table_password")]


_PASSWORD_FIELD = re.compile(r"(?i)pass|pwd")


def _typed_into_a_field(text: str, start: int) -> list[Finding]:
    """``page.fill("#password", "...")`` (the field, then the text) and ``find_element(By.ID, "pwd").send_keys("...")``
    (the field earlier on the line): the text typed into a password field in a browser test."""
    arguments = [argument for argument in _arguments(text, start) if _STRING_LITERAL.fullmatch(text, *argument)]
    if len(arguments) >= 2:
        field, typed = arguments[0], arguments[1]
        if not _PASSWORD_FIELD.search(text, *field):
            return []
    elif len(arguments) == 1:
        typed = arguments[0]
        line_start = _line_start(text, start, 300)
        if not any(
            _PASSWORD_FIELD.search(literal.group("value"))
            for literal in _STRING_LITERAL.finditer(text, line_start, start)
        ):
            return []
    else:
        return []
    literal = _STRING_LITERAL.fullmatch(text, *typed)
    value = literal.group("value")
    if len(value) < 3 or not _password_literal(value) or is_code_not_value(value):
        return []
    return [Finding(literal.start("value"), literal.end("value"), PASSWORD, "call_password")]


_ORACLE_THIN = re.compile(r"oracle:thin:[\w$#.-]{1,64}/(?P<password>[^\s@\"'/]{1,128})@")
# Oracle's Easy Connect with credentials: user/password@//host:1521/service
_EZCONNECT = re.compile(r"""(?<![\w/.-])[\w.$#-]{1,64}/(?P<password>[^\s@"'`/]{1,128})@""")
_GO_DSN = re.compile(r"""(?<![\w/.-])[\w.-]{1,64}:(?P<password>[^\s@"'/:]{1,128})@""")


def _dsn_password(text: str, start: int, name: str) -> list[Finding]:
    """``jdbc:oracle:thin:scott/PASSWORD@db:1521:orcl``; Go's MySQL DSN ``app:PASSWORD@tcp(db:3306)/shop``."""
    if name == "oracle":
        match = _ORACLE_THIN.match(text, start)
    elif name == "ezconnect":
        line_start = _line_start(text, start, 200)
        match = next((m for m in _EZCONNECT.finditer(text, line_start, start + 1) if m.end() == start + 1), None)
    else:
        line_start = _line_start(text, start, 200)
        match = next((m for m in _GO_DSN.finditer(text, line_start, start + 1) if m.end() == start + 1), None)
    if match is None or not _password_literal(match.group("password")):
        return []
    return [Finding(match.start("password"), match.end("password"), PASSWORD, "dsn_password")]


def _arguments(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each top-level argument of the call whose "(" ends at ``start``, stripped of spaces."""
    arguments, depth, quote, argument_start = [], 0, "", start
    limit = min(len(text), start + _MAX_ARGUMENT_CHARS)
    position = start
    while position < limit:
        char = text[position]
        if quote:
            if char == "\\":
                position += 1
            elif char == quote:
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                arguments.append((argument_start, position))
                break
            depth -= 1
        elif char == "," and depth == 0:
            arguments.append((argument_start, position))
            argument_start = position + 1
        elif char == "\n" and position - start > 200:
            break
        position += 1
    else:
        if limit < len(text):
            return []
        # The text ends inside the call (a snippet, a file cut short): the arguments its commas closed are whole.
    stripped = []
    for argument_start, argument_end in arguments:
        while argument_start < argument_end and text[argument_start].isspace():
            argument_start += 1
        while argument_end > argument_start and text[argument_end - 1].isspace():
            argument_end -= 1
        if argument_start < argument_end:
            stripped.append((argument_start, argument_end))
    return stripped
