"""Strings that look like PII or secrets but are not: placeholders, environment look-ups,
documentation domains, hashes and identifiers, versions. Detectors ask these before they report a finding.

A rule here judges a *whole value* or the *name it is given*, never a word inside a value: a password
such as ``Yourself2024!`` holds the word "your" and is still a password.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
from collections import Counter
from urllib.parse import unquote

from codelm.pipeline.redact.needles import matches

# Whole values (case-insensitive) that stand for a secret instead of being one.
PLACEHOLDER_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "pwd",
        "secret",
        "token",
        "apikey",
        "api_key",
        "key",
        "changeme",
        "changeit",
        "change_me",
        "none",
        "null",
        "nil",
        "true",
        "false",
        "undefined",
        "test",
        "testing",
        "example",
        "default",
        "redacted",
        "dummy",
        "fake",
        "sample",
        "foo",
        "bar",
        "foobar",
        "empty",
        "required",
        "optional",
        "string",
        "str",
        "value",
        "todo",
        "tbd",
        # type names in schemas and signatures ("password": "string?", token: str)
        "number",
        "int",
        "integer",
        "bool",
        "boolean",
        "bytes",
        "any",
        "object",
        "secretstr",
        # settings that say the value is made or asked for elsewhere, or is not there (salt-cloud's
        # win_password: auto generates one; win_shadow reports "passwd": "Unavailable")
        "auto",
        "prompt",
        "unavailable",
        "unknown",
        "unset",
        # a mask's word for a value shown elsewhere (a prompt style's "password": "hidden")
        "hidden",
        # a test locale's stand-in for every translated string
        "translated",
        # what to do with the value, or what was done to it (an anonymiser's policy, "PASSWORD": "mask"; a device's
        # status, "encryptPwd": "hashed")
        "mask",
        "masked",
        "replace",
        "redact",
        "hashed",
        "anonymize",
        "anonymise",
        "scrub",
    }
)
# Substrings that only documentation writes inside a value (AWS's AKIAIOSFODNN7EXAMPLE, "sk_test_...EXAMPLE"),
# and masks: no generator of real secrets emits a run of four x's, stars or dots.
DOCUMENTATION_MARKERS = (
    "example", "placeholder", "changeme", "change_me", "change-me", "redacted", "\u2026",
    # an instruction inside the value: libreswan's PSK "0sReplaceWithBase64Secret", "replace_with_real_key"
    "replacewith", "replace_with", "replace-with",
    # the instruction run together: ricecooker's "YOURTOKENHERE9139139f3a23232"
    "yourtokenhere", "yourkeyhere", "yourapikeyhere", "yoursecrethere", "yourpasswordhere",
    # what an anonymiser left in the secret's place: netconan's "netconanRemoved2"
    "netconanremoved",
    # AWS's documentation key pair, its stems kept when the rest is retyped ("AKIAIOSFODNN7ABCDEFG")
    "iosfodnn7", "k7mdeng",
)  # fmt: skip
# Interpolation fields, whole: a "%(" or "{" that random key material holds by chance is not one.
_INTERPOLATION = re.compile(r"\$\{[^{}]*\}|\{\{.*?\}\}|%\(\w+\)[sdrif]|#\{[^{}]*\}")
_TEMPLATE_TAG = re.compile(r"\{%-?[ \t]*(?:\w|$)|(?:^|\w)[ \t]*-?%\}")  # "Reset{%" cut at the tag's space too
_MASKED_CHARS = 128
_VALUE_PARTS = re.compile(r"[-:/._ ]")
_NAMED_STAND_IN = re.compile(r"<[A-Z][A-Z0-9_]{2,}>")
_MASK = re.compile(r"[xX]{4,}|\*{4,}|\.{4,}|#{4,}|([A-Za-z])\1{5,}")
_TEMPLATE = re.compile(
    r"""^(?:
        \$\{[^}]*\}? | \$\(.*\)? | \$\$?[A-Za-z_]\w* |   # shell / compose ($$NAME) variables, command substitution
        \{\{.*\}\} | \{[\w.\[\]'"-]*\} |              # Jinja/mustache, str.format fields
        %\(?\w*\)?[sd] | %[A-Za-z_]\w*% |             # printf fields, Windows %VAR%
        @\w+@ | __\w+__ |                             # autoconf @VAR@, dunder sentinels
        (.)\1* |                                      # one character repeated: 000000, ------
        <[^<>]*> | \[[^\[\]]*\] |                     # <YOUR_TOKEN>, [secret]: the whole value in brackets
        <[A-Za-z_][\w-]* |                             # "<valid domain user's password>" cut at its first space
        \*+[A-Za-z_]+\*+ |                             # another scrubber's mask: *MASKED*, **REDACTED**
        \$[A-Za-z_]\w*\$                               # a stand-in between dollars: "password": "$rootpw$"
    )$""",
    re.VERBOSE,
)
# A value made only of words (no digit, no symbol) one of which is an instruction to the reader:
# "your_api_key_here", "INSERT-TOKEN", "replace with real password". One word glued to a secret noun counts
# too ("yourpassword", "replaceme"), but "Yourself2024!" has a digit and "yourself" is no such compound.
_INSTRUCTION_WORDS = frozenset(
    "your insert replace enter put fill here goes dummy fake sample placeholder todo fixme tbd xxx".split()
)
_INSTRUCTION_COMPOUND = re.compile(
    r"^(?:your|my|insert|enter|replace|put|fill)[_-]?(?:api|access|auth|app|secret|private|own|real|new)?[_-]?"
    r"(?:key|token|password|pass|passwd|pwd|secret|here|value|me|it|id|name|email|username|user)(?:[_-]?here)?$"
)
# "your" and up to two words before a secret's noun, the whole value: yourStrong(!)Password (SQL Server's image
# docs), your_long_secret_token. The noun must end the value: "Yourself2024!" and "yourPassword2024" are passwords.
_YOUR_ADJECTIVE_SECRET = re.compile(
    r"^your(?:[_\-.\s]*[a-z]+(?:\(!\))?){0,2}?[_\-.\s]*(?:password|passwd|passphrase|secret|token|key)[_\-.\s]*$"
)
_YOUR_UPPER_STAND_IN = re.compile(
    r"YOUR_(?:[A-Z0-9]+_){0,3}(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|KEY)(?:_[A-Za-z0-9]+)*$"
)
# A stand-in that says there is no value: "not-used", "unused", "not_set" ("nopassword" is as often the password
# a test logs in with)
# A secret format's prefix (ending in sk, sec or key, or a live/test part), then a filler: digits, "abc", "x"s, "test"
# ("sk_live_123", "whsec_123", "wsk_abc", "nps_test_x"; in lower case, as formats write their prefixes: "Desk_1234"
# and a secret's word and digits, "secret1234", are a test's passwords as often)
_STAND_IN_AFTER_PREFIX = re.compile(
    r"(?:[a-z]*(?:sk|sec|key)_|[a-z]{2,8}_(?:live|test)_)(?:\d{1,6}|abc|x+|test|dummy|fake)"
)
_ABSENT_VALUE = re.compile(r"^(?:not|un)[_-]?(?:used|set|specified|configured)$")
_STAND_IN_CONNECTIVES = frozenset("or and".split())
_STAND_IN_WORDS = _STAND_IN_CONNECTIVES | frozenset(
    "password passwd pass secret token key api apikey access auth user username client personal app".split()
)
_WORDS_ONLY = re.compile(r"[A-Za-z]+(?:[ _.-]+[A-Za-z]+)+")
_SEGMENTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def is_placeholder(value: str) -> bool:
    """True for template fields, documentation values and masks rather than real secrets."""
    stripped = value.strip().strip("'\"`")
    if not stripped:
        return True
    lowered = stripped.lower()
    if lowered.rstrip("?!") in PLACEHOLDER_WORDS or _TEMPLATE.match(stripped):
        return True
    if _any_literal(lowered, DOCUMENTATION_MARKERS) or (
        ("{" in stripped or "%(" in stripped) and _INTERPOLATION.search(stripped)
    ):
        return True
    if "..." in stripped or (len(stripped) >= 16 and stripped.endswith("..")):
        # "eyJhbGciOiJIUzI1NiJ9...", "4AEA6u7J...MzY2OA==", "pypi-AgEIcHlwaS5vcmcC..": cut short for the reader (a
        # short one, "Abc123..", is a password)
        return True
    if _STAND_IN_AFTER_PREFIX.fullmatch(stripped) or stripped.startswith(("你的", "您的")):
        # "whsec_123", "wsk_abc", "nps_test_x": a format's prefix and a filler;
        # "你的API密钥" ("your API key"): an instruction, as "your_api_key" is
        return True
    if "<" in stripped and _NAMED_STAND_IN.search(stripped):
        return True  # "ya29.<URL_ENCODED_TOKEN>": the format's prefix, then a stand-in the reader fills
    if len(stripped) >= 12 and stripped[-1].isalpha() and stripped[-4:] == stripped[-1] * 4:
        return True  # "nNVS9cSS3xNpSC9JdsBvvvvv": a real-looking start, then one letter held down to hide the rest
    # The alternation starts with a class the engine cannot search for; "in" rules most values out first.
    # Every masked run counts: TXXXXXXXX/BXXXXXXXX/XXXX... (or .../XXXXXXXX/YYYYYYYY) is a webhook's placeholder in
    # three parts, ACaaaaaaaa... an id typed as a run of one letter.
    if len(stripped) <= _MASKED_CHARS:  # key material past this length is no mask (a JWT, a PEM body)
        masked = len(stripped) - len(_MASK.sub("", stripped))
        if masked and 3 * masked >= len(stripped):
            return True
        if ("XXXXX" in stripped or "xxxxx" in stripped) and any(
            len(part) >= 6 and 3 * (part.count("X") + part.count("x")) >= 2 * len(part)
            for part in _VALUE_PARTS.split(stripped)
        ):
            return True  # "XCXXXXXXM-100:eyJ0tHfZ...": one part of the value (an app's id) masked, the rest cut short
    if _YOUR_UPPER_STAND_IN.match(stripped):
        return True  # "YOUR_PASSWORD_ps3838", "YOUR_API_KEY_PROD": a stand-in's name in capitals, the service after it
    if _INSTRUCTION_COMPOUND.match(lowered) or _YOUR_ADJECTIVE_SECRET.match(lowered) or _ABSENT_VALUE.match(lowered):
        return True
    if ("{%" in stripped or "%}" in stripped) and _TEMPLATE_TAG.search(stripped):
        # a Jinja/Django tag ({% endblocktrans %}) the value was cut at: template text, not a value (a generated salt
        # holds "{%" or "%}" now and then, not beside a word)
        return True
    if "%" in stripped:
        # Another scrubber's marker or a placeholder, URL-encoded in a query string: token=%5BFiltered%5D
        decoded = unquote(stripped)
        # (only a bracketed or masked one: "%24ecret" decodes to "$ecret", a password, not a shell variable)
        if decoded != stripped and decoded[:1] in "[<{*" and is_placeholder(decoded):
            return True
    if _WORDS_ONLY.fullmatch(stripped):
        segments = [segment.lower() for segment in _SEGMENTS.findall(stripped)]
        # "PASSWORD or API_KEY", "token/password": what goes there, named
        named = all(segment in _STAND_IN_WORDS for segment in segments) and any(
            segment in _STAND_IN_CONNECTIVES for segment in segments
        )
        return named or any(segment in _INSTRUCTION_WORDS for segment in segments)
    return False


# Code that reads a secret from elsewhere rather than holding it (applied to a value, never to its line).
ENV_LOOKUP_LITERALS = (
    "os.environ",
    "getenv",
    "process.env",
    "env[",
    "env.fetch",
    "environment.getenvironmentvariable",
    "env(",
    "secrets.",
    "vault",
    "keyring",
    "config[",
    "settings.",
    "getpass",
    "$env:",  # PowerShell's environment drive: --password '$env:MY_PASSWORD'
)


_ESCAPED_BREAK = re.compile(r"\\[nrt]")
_TRAILING_PUNCTUATION = ".,;:)]}!?"


def cut_at_escaped_break(value: str) -> str:
    r"""``value`` up to a written ``\n``, ``\r`` or ``\t`` (without the punctuation before it): prose inside a JSON or
    code string, where the escape ends the line ("Basic user:password,\n\nHeaders")."""
    if "\\" not in value:
        return value
    return _ESCAPED_BREAK.split(value, maxsplit=1)[0].rstrip(_TRAILING_PUNCTUATION)


def reads_from_elsewhere(value: str) -> bool:
    """``os.environ["PW"]``, ``vault.read(...)``, ``settings.SECRET``: a look-up, not a literal secret."""
    return _any_literal(value.lower(), ENV_LOOKUP_LITERALS)


def _any_literal(text: str, literals: tuple[str, ...]) -> bool:
    return bool(matches(text, literals))


# RFC 2606 / RFC 6761: names reserved for documentation and testing, nobody's address.
# RFC 4251 names private SSH algorithms and extensions "name@domain" (aes256-gcm@openssh.com): not mailboxes.
# The domains SSH's algorithm and extension names are scoped by (RFC 4251's "name@domain"): OpenSSH's, libssh's,
# SSH Communications', libassh's and Lysator's ("rijndael-cbc@lysator.liu.se")
SSH_NAMESPACE_DOMAINS = frozenset({"openssh.com", "libssh.org", "ssh.com", "libassh.org", "lysator.liu.se"})
EXAMPLE_DOMAINS = frozenset({"example.com", "example.org", "example.net", "localhost"})
EXAMPLE_TLDS = frozenset({"example", "test", "invalid", "localhost"})
# "name@2x.png" is an image, "pkg@1.2.js" a bundle: a file extension is not a mail domain's TLD.
FILE_EXTENSION_TLDS = frozenset(
    "png jpg jpeg gif svg webp ico bmp js mjs cjs ts tsx jsx css scss less py pyc java go rs rb php html htm "
    "json yaml yml toml txt md rst h hpp c cc cpp so dll dylib zip gz tgz tar bz2 xz map woff woff2 ttf otf eot "
    "min lock log csv xml wasm mp3 mp4 wav pdf pkl pickle npy npz pth ckpt onnx whl jar bin".split()
)


_EXAMPLE_SUFFIXES = tuple("." + parent for parent in EXAMPLE_DOMAINS)


def is_example_domain(domain: str) -> bool:
    domain = domain.lower().rstrip(".")
    if domain in EXAMPLE_DOMAINS or domain.rsplit(".", 1)[-1] in EXAMPLE_TLDS:
        return True
    return domain.endswith(_EXAMPLE_SUFFIXES)


# ------------------------------------------------------------------------------------------ versions
# The word that names a dotted number (a version, a section, an ASN.1 object identifier), when it is the last
# part of the name right before the number:
# "version = 1.2.3.4", "minVersion: '7.20.19.123'", "release 1.2.3.4", "section 8.2.4.44", "RFC 1.2.3.4".
# A line that merely mentions a release ("RELEASE_MIRROR = '151.101.1.69'") names no version.
_VERSION_WORDS = frozenset(
    "version versions ver vers release released releases rel rev revision section sections sect sec rfc build "
    "firmware v oid oids identifier spec hyperspec tag tags since rv "
    # names of codes that are dotted numbers too: an Insteon device's <type>1.66.69.0</type>
    "type".split()
)
_GLUED_VERSION_WORDS = ("version", "release", "revision", "firmware")
# Words that qualify the version word before them: "Release ID 13.0.0.0", "versionName", "VERSION_STRING",
# "build no. 1.2.3.4".
_VERSION_QUALIFIERS = frozenset("id number no nr num string str name info code label normalized normalised".split())
# Both read the text before the number backwards (a match at the start of the reversed text costs what the
# name costs; a search anchored at the end would try every start). _NAME_BEFORE_REVERSED: the name, quotes,
# an operator (=, :, ==, :=, =>, a call's parenthesis, an XML tag's ">", a pair's ",") and a "v" prefix;
# _REQUIREMENT_REVERSED: a requirement specifier, "pkg==4.12.1.100", "pkg>=1.2.3.4", "^1.2.3.4", "~1.2.3.4".
_NAME_BEFORE_REVERSED = re.compile(r"v?(?:/\d{1,6})?[\s\"'`\[\](]*(?:=?[:=]|>=|\(|>|,)?[\s\"'`<\]]*([\w§.-]+)")
# Package coordinates: Maven's group:artifact:1.2.3.4 (a dotted group), an image tag repo/name:1.2.3.4, a package
# spec @scope/name@1.2.3.4 or org/name@1.2.3.4.
_COORDINATES_REVERSED = re.compile(r"[\"'`]?(?::[\w.-]+:[\w-]*\.[\w.-]*|:[\w.-]*/[\w./-]+|@[\w.-]*/[\w./@-]+)")
_URL_USERINFO_BEFORE = re.compile(r"://[^\s/@]*@$")
_PORT_AFTER = re.compile(r":\d{2,5}(?!\d)")
# (and an upper bound alone after a package's name: "types-requests<2.31.0.7")
_REQUIREMENT_REVERSED = re.compile(r"v?\s*(?:===|==|=>|=<|=~|=!|[~^][\s\"'`:=]|[~^]$|<(?=[\w\]]))")
# Earlier items of the same list ("versions = ['1.2.3.3', '1.2.3.4']"): skipped to reach the list's name.
_EARLIER_ITEMS_REVERSED = re.compile(r"[\s\"'`]*(?:,[\s\"'`]*[\w.+~^<>=!*-]{1,40}[\s\"'`]*){1,16}")
_WORD_REVERSED = re.compile(r"[\s.:]*([\w-]+)")
# A heading of a changelog ("## 1.2.3.4", "### [1.2.3.4] - 2021-03-04"): only two or more "#", one is a comment.
_CHANGELOG_HEADING = re.compile(r"\s*#{2,6}\s*\[?v?")
# What follows a version: a pre-release or build suffix ("1.2.3.4-beta", "-SNAPSHOT", "+build.5") or a release
# date ("1.2.3.4 (2021-03-04)", "[1.2.3.4] - 2021-03-04"), or a minimum ("at 1.19.0.0 or above", "and later").
_VERSION_SUFFIX = re.compile(
    r"[ \t]+(?:or|and)[ \t]+(?:above|later|higher|newer|up)\b|"
    r"-[A-Za-z0-9]*[A-Za-z]|\+[A-Za-z0-9]|"
    # (on the same line: a log line's "[ADDR]" before the next line's timestamp is no release date)
    r"(?:\][ \t]{0,3}[(\u2013\u2014-]?|[ \t]{0,3}[(\u2013\u2014-])[ \t]{0,3}(?:19|20)\d\d-[01]\d-[0-3]\d"
)


# "Bump urllib3 to 2.0.7.1", "upgraded schema from 1.2 to ...", parse("11.6.1.80"), Version('1.2.3.4'): a changelog's
# dependency bump or a version parser's argument.
_BUMPED_TO = re.compile(
    r"(?i)(?:^|[\s(*-])(?:bump(?:ed|s)?|upgrade[sd]?|downgrade[sd]?|pin(?:ned|s)?)[ \t]+"
    r"(?:[\w.@/\[\]`-]+[ \t]+){1,3}(?:from[ \t]+\S+[ \t]+)?to[ \t]+v?$"
    # (Dependabot's "Updates `pkginfo` from 1.11.1 to ...": an update from a version; "Updated DNS to ..." names none)
    r"|(?:^|[\s(*-])update[sd]?[ \t]+(?:[\w.@/\[\]`-]+[ \t]+){1,3}from[ \t]+v?\d[\w.-]*[ \t]+to[ \t]+v?$"
)
# "This attribute was added in vSphere API 7.0.0.0.", "(API 8.0.0.1)": when a product's API gained something (an
# API's address is given after a colon: "prod API: ADDR")
_API_LEVEL_BEFORE = re.compile(
    r"(?i:\b(?:added|introduced|deprecated|removed|changed|available)[ \t]+in[ \t]+(?:[\w.-]+[ \t]+){0,2}v?)$"
    r"|(?:^|[\s(])API[ \t]+$"
)
_VERSION_PARSER = re.compile(
    r"(?:\b(?:parse|parse_version|Version|LooseVersion|StrictVersion|semver\.parse))\([ \t]*[\"']$"
)


def names_a_version(prefix: str, suffix: str = "") -> bool:
    """``prefix`` is the text just before a dotted number on the same line, ``suffix`` the text just after it."""
    if _VERSION_SUFFIX.match(suffix) or _CHANGELOG_HEADING.fullmatch(prefix):
        return True
    tail = prefix[-120:]
    if _BUMPED_TO.search(tail) or _VERSION_PARSER.search(tail) or _API_LEVEL_BEFORE.search(tail):
        return True
    reversed_tail = prefix[-120:][::-1]
    if _REQUIREMENT_REVERSED.match(reversed_tail) or reversed_tail.startswith(("§", " §")):
        return True
    if _COORDINATES_REVERSED.match(reversed_tail) and not (
        _URL_USERINFO_BEFORE.search(tail) or _PORT_AFTER.match(suffix)
    ):
        return True  # (not ssh://borg@ADDR/..., nor sqlplus user/password@ADDR:1521/DB: a host after its login)
    if _names_a_version_reversed(reversed_tail):
        return True
    items = _EARLIER_ITEMS_REVERSED.match(reversed_tail)
    return items is not None and _names_a_version_reversed(reversed_tail[items.end() :])


_MARKUP = re.compile(r"<[^<>]*>|[\"'`:=,{}\[\]-]")


def names_a_version_above(previous_line: str) -> bool:
    """For a number alone on its line (a plist's ``<string>1.2.3.4</string>`` under
    ``<key>CFBundleShortVersionString</key>``): the previous line, markup stripped, is its name."""
    name = _MARKUP.sub(" ", previous_line).strip()
    return bool(name) and _names_a_version_reversed((name + " =")[::-1])


def _names_a_version_reversed(reversed_tail: str) -> bool:
    match = _NAME_BEFORE_REVERSED.match(reversed_tail)
    if match is None:
        return False
    name = match.group(1)[::-1].lstrip("0123456789.-")
    segments = [segment.lower() for segment in _SEGMENTS.findall(name)]
    if not segments:
        return False
    if segments[-1] in _VERSION_QUALIFIERS:
        if len(segments) > 1:
            return segments[-2] in _VERSION_WORDS
        word = _WORD_REVERSED.match(reversed_tail, match.end())  # "Release ID": the word before the qualifier
        return word is not None and word.group(1)[::-1].lower() in _VERSION_WORDS
    # LIBVERSION, fwrelease: a version word glued to the one before it, in one case
    glued = segments[-1].endswith(_GLUED_VERSION_WORDS)
    return segments[-1] in _VERSION_WORDS or glued or segments[0] in ("oid", "oids")


# --------------------------------------------------------------------- hashes, identifiers, nonces
# ("sha" as SHA's name, sha1, sha256, shasum: not the start of "shared", "shape", "shadow")
_HASH_WORDS = re.compile(r"sha(?![a-rt-z])|md5|hash|digest|checksum|commit|byte|crc|fingerprint")
# Names under which a hex or base64 value is an identifier, a hash or a one-time value, not a credential, and
# names that make it one. Found with one automaton pass over the lower-cased text before a value; "rev", "oid",
# "key", "sha" and "crc" only as words of their own (not in "prevent", "android", "monkey", "shared", "mcrcon").
_NOT_CREDENTIAL_WORDS = (
    "uuid guid hash sha md5 blake crc checksum integrity etag if-none-match if-match nonce opaque digest "
    "fingerprint commit revision git version rev oid request_id request-id requestid trace_id trace-id traceid "
    "span_id span-id spanid correlation_id correlation-id correlationid nexttoken next_token next-token pagetoken "
    "page_token page-token continuationtoken continuation_token synctoken sync_token flowtoken flow_token "
    # anti-forgery tokens are published in every form and page they protect: protocol data, like a nonce
    "csrf csrf_token csrf-token csrftoken csrfmiddlewaretoken xsrf xsrf_token xsrf-token xsrftoken "
    "authenticity_token authenticity-token "
    # a position or an index into a table: SAML's SessionIndex, key_index
    "index "
    # WebAuthn's protocol data (authenticatorData, clientDataJSON, attestationObject, the challenge): public by design
    "authenticator clientdata attestation challenge "
    # an AEAD cipher's authentication tag: a digest of one message, computed with the key and sent with the message
    "auth_tag authtag auth-tag "
    # a look-up by a document's key or id: gc.open_by_key("1BxiMVs0..."), a spreadsheet's id
    "by_key by_id"
).split()
_CREDENTIAL_WORDS = (
    "secret passw passphrase pwd token api_key api-key apikey access_key access-key accesskey private_key private-key "
    "privatekey auth credential key"
).split()
_CONTEXT_WORDS = tuple(_NOT_CREDENTIAL_WORDS + _CREDENTIAL_WORDS)
_FIRST_CREDENTIAL = len(_NOT_CREDENTIAL_WORDS)
_WHOLE_WORDS = frozenset({"rev", "oid", "key", "sha", "crc"})  # ("sha" of sha256, not of "shared")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGEST_AUTH = re.compile(r"nonce|realm|digest", re.IGNORECASE)
_RESPONSE_FIELD = re.compile(r"response[\"']?\s*[:=]\s*[\"']?$", re.IGNORECASE)


_VALUE_TOKEN_EDGES = re.compile(r"[\s=:\"'`,;]")


def _inside_random_value(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside a token of sixteen or more random letters and digits of both cases: a value
    given earlier on the line, whose letters spell no name."""
    edge = None
    for edge in _VALUE_TOKEN_EDGES.finditer(text, 0, start):
        pass
    token_start = edge.end() if edge is not None else 0
    after = _VALUE_TOKEN_EDGES.search(text, end)
    token = text[token_start : after.start() if after is not None else len(text)]
    return (
        len(token) >= 16
        and token.isalnum()
        and not token.islower()
        and not token.isupper()
        and any(char.isdigit() for char in token)
        and is_gibberish(token)
    )


def _nearest_names(before: str) -> tuple[int, int]:
    """End offsets (in the last 120 characters of ``before``; -1 for none) of the last non-credential word and
    of the last credential word."""
    original = before[-120:]
    tail = original.lower()
    camel = len(tail) == len(original)  # (offsets agree unless lower() changed a character's length)
    last_plain = last_secret = -1
    for index, start, end in matches(tail, _CONTEXT_WORDS):
        word = _CONTEXT_WORDS[index]
        if _inside_random_value(original, start, end):
            continue  # "STATION_KEY=3ouru4I8QyZVkSuVhpgCrc8T0KsZFK2z DB_PASS=...": "crc" by chance in another value
        if word in _WHOLE_WORDS:
            left = tail[start - 1] if start else " "
            right = tail[end] if end < len(tail) else " "
            # a camelCase boundary is a word's edge too: preSharedKey holds "key", not "sha"
            if camel and left in _LETTERS and original[start].isupper() and original[start - 1].islower():
                left = " "
            if camel and right in _LETTERS and original[end].isupper() and original[end - 1].islower():
                right = " "  # (an acronym goes on in capitals: "OIDCCryptoPassphrase" holds no "oid")
            glued = left == "_" or right == "_" if word == "key" else False
            if not glued and (left in _LETTERS or right in _LETTERS):
                continue
        if index < _FIRST_CREDENTIAL:
            last_plain = max(last_plain, end)
        else:
            last_secret = max(last_secret, end)
    return last_plain, last_secret


def names_a_credential(before: str, after: str = "") -> bool:
    """True when the nearest name before a value (in ``before``, up to a line of text) says key, secret, token,
    password or auth, and no UUID/hash/nonce word comes after it; in markup, also when the tag names the value
    after it (``<meta content="..." name="api-token">``)."""
    own = _OWN_KEY.search(before[-120:])
    if own is not None and own.group(1).lower() not in _GENERIC_KEYS:
        # "x-oauth-scopes": "...", "x-served-by": "a241e1...": in a run of keys and values, the value's own key
        # names it, not a credential word of an earlier key on the line
        last_plain, last_secret = _nearest_names(own.group(1) + " ")
        return last_secret > last_plain
    last_plain, last_secret = _nearest_names(before)
    if last_secret > last_plain:
        return True
    named_after = _NAME_LATER_IN_TAG.match(after)
    if named_after is None:
        return False
    last_plain, last_secret = _nearest_names(named_after.group(1))
    return last_secret > last_plain


def is_hash_context(line_before: str, value: str) -> bool:
    """BigCode's rule: a 32/40/64/128-character value on a line that talks about hashes is a hash."""
    if len(value) not in (32, 40, 64, 128):
        return False
    lowered = line_before.lower()
    return _HASH_WORDS.search(lowered) is not None


# A value's own key just before it ("name": ", name=, name: ), and keys that say nothing about the value they hold.
_OWN_KEY = re.compile(r"""["']?([\w.-]{1,80})["']?\]?[ \t]*(?:=|:|=>)[ \t]*[rbuf]?["'`]?$""")
_GENERIC_KEYS = frozenset("value val v data content text body default string str input result".split())
_NAME_LATER_IN_TAG = re.compile(
    r"""["']?(?:\s+[\w:.-]+=(?:"[^"<>\n]*"|'[^'<>\n]*'))*\s+name=["']([^"'<>\n]{1,80})["']"""
)


def is_non_credential_context(before: str, after: str = "") -> bool:
    """A hex or base64 value is a credential by its name, not by its entropy: True when the nearest name
    before it (``before`` is up to a line of text before the value) says UUID, hash, checksum, integrity,
    ETag, nonce or digest rather than key, secret, token or password. A digest-auth ``response="..."`` counts
    as a nonce when ``before``/``after`` talk about nonces or realms."""
    last_plain, last_secret = _nearest_names(before)
    if last_plain >= 0 and last_plain >= last_secret:
        return True  # a tie is a name such as NextToken: a pagination word ending in a credential word
    named_after = _NAME_LATER_IN_TAG.match(after)
    if named_after is not None:
        # <meta content="..." name="csrf-token">: in markup the name may follow the value in the same tag.
        last_plain, last_secret = _nearest_names(named_after.group(1))
        if last_plain >= 0 and last_plain >= last_secret:
            return True
    if _RESPONSE_FIELD.search(before[-40:]) and (
        _DIGEST_AUTH.search(before[-400:]) or _DIGEST_AUTH.search(after[:400])
    ):
        return True
    return False


# Stored password hashes, which code writes under password names (fixtures, hasher test vectors, docs of hashers):
# crypt(3)'s modular format ($id$..., the id a digit, a letter or a hash's name: $2b$12$..., $5$rounds=...,
# $argon2i$v=19$..., $P$...), an LDAP scheme ({SSHA512}...), Django's and passlib's algorithm$... (alone it is the
# prefix a query filters on: password__startswith="md5$"), MySQL's *<40 hex>.
# PostgreSQL's SCRAM verifier, SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey> (or a leading slice of it),
# has its own alternative: an upper-case hash name in the general one would make every value's match slower.
_HASH_NAME = r"[a-z0-9_-]*(?:md5|md4|sha|crypt|pbkdf|argon|scrypt|blowfish|ntlm|nthash|hmac|p5k2|apr1)[a-z0-9_-]*"
_PASSWORD_HASH = re.compile(
    rf"\$(?:\d[a-z]?|[A-Za-z]|y|gy|{_HASH_NAME})\$[./A-Za-z0-9+=,$-]{{8,}}"
    rf"|(?i:\{{[a-z0-9-]*(?:sha|md5|crypt|pbkdf2|argon2|bcrypt|nthash)[a-z0-9-]*\}})[./A-Za-z0-9+=$-]{{8,}}"
    rf"|{_HASH_NAME}\$[./A-Za-z0-9+=,$-]*"
    r"|(?i:scram-sha-(?:1|256))\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=:]*"
    r"|\*[0-9A-Fa-f]{40}"
    r"|(?:sha256|md5)#[0-9A-Fa-f]{32,64}#\S*"  # ZNC's Pass = sha256#<hash>#<salt>
    r"|md5[0-9a-f]{32}"  # PostgreSQL's md5 password: "md5" and the digest of password and role
    r"|16:[0-9A-F]{58}"  # Tor's HashedControlPassword: "16:", an 8-byte salt, its S2K count and the SHA-1 digest
    # Werkzeug's generate_password_hash: "pbkdf2:sha256:600000$SALT$HEX", "scrypt:32768:8:1$SALT$HEX"
    r"|(?:pbkdf2:sha\d+(?::\d+)?|scrypt(?::\d+){3})\$[A-Za-z0-9./+=]+\$[0-9a-f]+"
    # Collabora Online's secure_password: "pbkdf2.sha512.<iterations>.<salt hex>.<hash hex>"
    r"|pbkdf2\.sha\d+\.\d+\.[0-9a-f]{16,}\.[0-9a-f]{32,}"
    # bitcoind's rpcauth: "<16-byte salt in hex>$<HMAC-SHA256 of the password in hex>"
    r"|[0-9a-f]{32}\$[0-9a-f]{64}"
)
# Hex of an MD5, SHA-1, SHA-256 or SHA-512 digest, one case throughout.
_HEX_DIGEST = re.compile(
    r"[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64}"
)


def is_password_hash(value: str, hex_digest: bool = False) -> bool:
    """A stored password hash in one of the formats above; with ``hex_digest``, a bare hex digest too (under a
    password's name a 32- or 64-digit hex value is the hash code stores, MD5 or SHA-256 of the password)."""
    value = _PASSWD_LINE_USER.sub("", value, count=1)  # "sensors:$7$101$...": a password file's line, user first
    return bool(_PASSWORD_HASH.fullmatch(value)) or (hex_digest and bool(_HEX_DIGEST.fullmatch(value)))


_PASSWD_LINE_USER = re.compile(r"^[\w.@+-]{1,64}:(?=[${*])")


# Ciphertext of a secret under a marker that says so: netmiko's __encrypt__<iv>:<data>, Jasypt's ENC(...), SOPS's
# ENC[AES256_GCM,...], Spring Cloud Config's {cipher}..., Ansible Vault's $ANSIBLE_VAULT;..., Vault transit's
# vault:v1:..., Maven's {base64=} (settings-security.xml's master password decrypts it), SAS's PWENCODE output
# {SAS002}<hex> (and {SAS001}..., {SAS003}...). Like a stored hash it is
# what the program keeps instead of the secret (the key that decrypts it is elsewhere, and is found under its own
# name).
_ENCRYPTED_VALUE = re.compile(
    r"__encrypt(?:ed)?__|ENC\(|ENC\[|\{cipher\}|\$ANSIBLE_VAULT;|vault:v\d+:|\{[A-Za-z0-9+/]{12,}={0,2}\}$|"
    r"\{SAS\d{3}\}|crypt[12]:[A-Za-z0-9+/]{8,}={0,2}$|"  # (GeoServer's encrypted passwords)
    # GoCD's "AES:IV:CIPHERTEXT"; a Remote Desktop file's DPAPI blob "password 51:b:HEX"; Bitnami Sealed Secrets'
    # ciphertext (base64 of a version byte 2, then an RSA-wrapped session key: hundreds of characters)
    r"AES:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/=]{4,}$|\d{1,3}:b:[0-9A-F]{32,}$|Ag[A-Za-z0-9+/]{300,}={0,2}$|"
    # ejson's EJ[1:PUBLIC:NONCE:BOX] and dotenvx's "encrypted:BASE64" (the private key that opens them is elsewhere)
    r"EJ\[\d:|encrypted:[A-Za-z0-9+/]{20,}={0,2}$",
    re.IGNORECASE,
)


def is_encrypted_value(value: str) -> bool:
    """A secret's ciphertext under a marker that says it is encrypted (see _ENCRYPTED_VALUE)."""
    return bool(_ENCRYPTED_VALUE.match(value))


# An HTML character reference at a value's end, whole or cut at its ";": in escaped markup (pdoc's rendered source,
# ``&#34;Password:&#34;``) a quote is "&#34;" or "&quot;", and a value that ends in one runs into the markup rather
# than being a value (``&#34``, ``|sername:)&#34;``).
_TRAILING_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});?$")


def cut_at_character_reference(value: str, after: str) -> bool:
    """``value`` (followed by ``after``) ends in an HTML character reference: ``&#34;``, or ``&#34`` then ``;``."""
    if "&" not in value or not (value.endswith(";") or after[:1] == ";"):
        return False
    return bool(_TRAILING_REFERENCE.search(value))


# A reference to an issue, pull request or ticket: release notes write "password ... (refs: `#35232`)", "(GH-#404)".
_ISSUE_REFERENCE = re.compile(r"(?:[A-Z][A-Z0-9]{1,9}-)?#\d+")


def is_issue_reference(value: str) -> bool:
    return bool(_ISSUE_REFERENCE.fullmatch(value))


# ----------------------------------------------------------------------------------------- JWTs
# A JWT is a credential through the claims it carries: who it is for (sub, email, user...), who issued it, what it
# allows (scope, role, admin...), until when. Library test vectors sign {"a": "b"} or {"hello": "world"}, and
# deliberately malformed tokens ('["test"]' or "test" as the header, a missing segment) exercise parsers: none
# of them authenticates anyone.
_CLAIM_NAMES = frozenset("iss sub aud exp nbf iat jti azp scp sid tid oid uid upn acr amr cid kid".split())
_CLAIM_WORDS = re.compile(
    r"user|name|mail|role|scope|perm|group|admin|auth|tenant|account|session|client|org|token|login|id$|[:/]",
    re.IGNORECASE,
)


def _json_segment(segment: str):
    try:
        return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _text_segment(segment: str, ascii_only: bool = False) -> bool:
    """A base64url segment that decodes to printable text (random bytes, an encrypted or opaque payload, do not);
    ``ascii_only``: ASCII text only (random bytes pass as UTF-8 now and then when there are few)."""
    try:
        decoded = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)).decode(
            "ascii" if ascii_only else "utf-8"
        )
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return decoded.isprintable()


def is_jwt_without_claims(value: str) -> bool:
    """A JWT-shaped value (its payload or header a base64url JSON object) that carries no claim identifying or
    authorising anyone, or a JWS cut to two segments: a test vector, not a credential. Values that are no JWT
    (a Discord token, an opaque bearer token) are never judged."""
    parts = value.split(".")
    if len(parts) < 2 or not (parts[0].startswith("eyJ") or parts[1].startswith("eyJ")):
        return False
    if parts[0].startswith("eyJ") and (len(parts[0]) < 16 or _json_segment(parts[0]) is None):
        # "eyJh.eyJz.SflK": a JWT shown elided (the shortest header, {"alg":"none"}, is 19 long); a header that is
        # no JSON ("eyJhbGci-malformedheader"): malformed on purpose, for a test of the parser. Long random segments
        # after "eyJ" are no parser's test: an opaque token in a JWT's dress (evcc's sponsor token, a vendor's)
        return not (len(parts[0]) >= 40 and len(parts[1]) >= 32 and is_gibberish(parts[0]) and is_gibberish(parts[1]))
    payload = _json_segment(parts[1]) if parts[1].startswith("eyJ") else None
    if isinstance(payload, dict) and payload.get("iss") == "joe" and payload.get("exp") == 1300819380:
        return True  # RFC 7515's and RFC 7519's example token ({"iss":"joe",...}): every JOSE library's test vector
    if isinstance(payload, dict):
        return not any(
            isinstance(claim, str) and (claim.lower() in _CLAIM_NAMES or _CLAIM_WORDS.search(claim))
            for claim in payload
        )
    header = _json_segment(parts[0]) if parts[0].startswith("eyJ") else None
    if (
        isinstance(header, dict)
        and "alg" in header
        and len(parts) == 3
        and not parts[1].startswith("eyJ")
        and (len(parts[1]) < 32 or _text_segment(parts[1]))
    ):
        # a JWS over text that is no JSON ("Zm9v", "foo", "test"): a signing test vector, no claim in it (a token's
        # payload of random or encrypted bytes is longer)
        return True
    return len(parts) == 2 and isinstance(header, dict) and "alg" in header


# Registered claims that only frame a token (who issued it, for which audience, when it expires, its id and
# type): a payload of these alone names no subject, user or scope, as encoder test vectors ({"exp": ...},
# {"iss": ..., "aud": ..., "exp": ...}) do.
_ENVELOPE_CLAIMS = frozenset("iss aud exp nbf iat jti typ cty alg kid nonce".split())


def is_jwt_without_subject(value: str) -> bool:
    """A JWT whose payload holds only envelope claims (issuer, audience, times, id): it authenticates no one
    unless a credential's name says it is one."""
    parts = value.split(".")
    if len(parts) < 2 or not parts[1].startswith("eyJ"):
        return False
    payload = _json_segment(parts[1])
    return (
        isinstance(payload, dict)
        and bool(payload)
        and all(isinstance(claim, str) and claim.lower() in _ENVELOPE_CLAIMS for claim in payload)
    )


# A JWS signature is base64url of 32 or more random bytes; one that reads as words joined by "-" or "_"
# ("not-a-real-signature", "fake_sig") says the token is made up to exercise a parser, and so does one that decodes
# to text ("c2lnbmF0dXJlMTIzNDU2" is base64 of "signature123456"): random bytes are printable text by chance in
# fewer than one in a million signatures of eight bytes.
_WORDS_SIGNATURE = re.compile(r"[a-z]{2,}(?:[-_][a-z]+)+")
# (or typed along the alphabet: "abcdefghijk")
_ALPHABET_RUN = "abcdefghijklmnopqrstuvwxyz0123456789"


def has_made_up_signature(value: str) -> bool:
    parts = value.split(".")
    return (
        len(parts) == 3
        and parts[0].startswith("eyJ")
        and (
            bool(_WORDS_SIGNATURE.fullmatch(parts[2]))
            or (len(parts[2]) >= 11 and _text_segment(parts[2], True))
            or (len(parts[2]) >= 6 and parts[2].lower() in _ALPHABET_RUN)
        )
    )


# A field name inside JSON text: "name":
_JSON_FIELD = re.compile(r'"([^"\\]{1,80})"\s*:')
_SECRET_FIELD = re.compile(r"secret|pass|private|cred|key$|keys?_?id", re.IGNORECASE)


def is_encoded_json_data(value: str) -> bool:
    """Base64 of a JSON object that is no JWT (no "." between segments), or a slice of one cut at a string
    literal's end: an opaque pagination token or encoded data ({"foo": "bar"}, botocore's NextToken). Data that
    names an identity or a secret (a service account's "private_key", a Docker config's "auths") is kept, by the
    same claim words as a JWT's."""
    if not value.startswith("eyJ") or "." in value:
        return False
    body = value[: len(value) - len(value) % 4]
    try:
        decoded = base64.urlsafe_b64decode(body.replace("+", "-").replace("/", "_")).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    decoded = decoded.rstrip("\r\n")  # (echo '{...}' | base64 encodes the line's end too)
    if not decoded.startswith('{"') or not decoded.isprintable():
        return False
    fields = _JSON_FIELD.findall(decoded)
    if any(field.lower() in _CLAIM_NAMES or _CLAIM_WORDS.search(field) for field in fields):
        return False  # an identity's claims
    secret_fields = [field for field in fields if _SECRET_FIELD.search(field)]
    if not secret_fields:
        return True
    try:
        data = json.loads(decoded)
    except ValueError:
        return False  # a slice cut inside the object: its secret's fields count as they are
    # {"key":"value"} (a URL parser's test credentials): the secret's fields hold no value of their own
    return isinstance(data, dict) and all(
        not isinstance(data.get(field), str) or len(data[field]) < 8 or is_placeholder(data[field])
        for field in secret_fields
    )


def decodes_to_text(value: str) -> bool:
    """Base64 (or a slice of it) of readable text with words and spaces: a banner, a message, a document, which
    entropy alone mistakes for key material."""
    body = value[: len(value) - len(value) % 4]
    if len(body) < 16:
        return False
    try:
        decoded = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        return False
    text = decoded.decode("ascii", "replace").rstrip("\r\n")  # (encoded with its line's end: `echo ... | base64`)
    return (
        (text.isprintable() and text.count(" ") >= 3 and wordish_share(text) >= 0.5)
        or _words_run_together(text)
        or _self_naming_label(text)
    )


def _self_naming_label(text: str) -> bool:
    """Decoded base64 that is words joined by "-" or "_" and says what it is for: "test-secret-key-32-bytes!!!!!",
    "foobar-secret-not-real-0123456789" (a test's label, encoded to look like key material)."""
    return bool(_JOINED_WORDS_TEXT.fullmatch(text)) and not _SELF_NAMING_WORDS.isdisjoint(re.split(r"[-_!.]+", text))


def _words_run_together(text: str) -> bool:
    """Decoded base64 that is words run together ("D'apresBiche,JeSeraisLaPlusBonne", a WireGuard example's "key"):
    random bytes are seldom all printable, and printable ones read as noise (and hold digits). JSON claims are a
    token's payload, which the token checks judge."""
    return (
        len(text) >= 12
        and text.isprintable()
        and not text.lstrip().startswith(("{", "["))
        and not any(char.isdigit() for char in text)  # (an id:secret pair of random characters holds digits)
        and wordish_share(text) >= 0.5
    )


def hex_of_text(value: str) -> bool:
    """Hex of UTF-8 text (``cebae1bdb9cf83cebcceb5`` is "κόσμε", a codec's test string): random bytes of that length
    are almost never valid UTF-8 of letters."""
    if len(value) < 16 or len(value) % 2:
        return False
    try:
        text = bytes.fromhex(value).decode("utf-8")
    except ValueError:
        return False
    return text.isprintable() and sum(char.isalpha() for char in text) >= 0.8 * len(text)


def base32_of_text(value: str) -> bool:
    """Base32 of readable words (a TOTP example secret, ``JBSWY3DPK5XXE3DEJ5TE6QKUJA======`` is "HelloWorldOfOATH";
    ``JBSWY3DPEHPK3PXP``, pyotp's, is "Hello!" and 0xDEADBEEF): a generated secret decodes to random bytes or random
    letters."""
    if len(value) < 16 or not _BASE32.fullmatch(value):
        return False
    try:
        raw = base64.b32decode(value + "=" * (-len(value) % 8))
    except (binascii.Error, ValueError):
        return False
    if b"\xde\xad\xbe\xef" in raw:
        return True
    text = raw.decode("ascii", "replace")
    return text.isprintable() and wordish_share(text) >= 0.5  # (a generator's random letters are no words)


_BASE32 = re.compile(r"[A-Z2-7]+=*")


def hex_counts_up(value: str) -> bool:
    """Hex of bytes that count up or down by one (``h:303132333435...``, 0x30, 0x31, ...): a test's filler secret."""
    digits = _HEX_NOTATION.sub("", value)
    if len(digits) < 16 or len(digits) % 2 or not _HEX_DIGITS.fullmatch(digits):
        return False
    data = bytes.fromhex(digits)
    steps = {(data[index + 1] - data[index]) % 256 for index in range(len(data) - 1)}
    return steps in ({1}, {255})


_HEX_NOTATION = re.compile(r"^(?:h:|0x|\\x)")
_HEX_DIGITS = re.compile(r"[0-9a-fA-F]+")


def is_repeated_unit(value: str, longest: int = 16) -> bool:
    """A short unit repeated to fill a value ("s3cr3ts3cr3t...", "abcabcabc"): filler, never generated key
    material."""
    if len(value) < 3 * 2:
        return False
    for size in range(1, min(longest, len(value) // 3) + 1):
        unit = value[:size]
        if (unit * (len(value) // size + 1))[: len(value)] == value:
            return True
    return False


# The name right before a value says it is an identifier: id, userId, PublisherId, tenant_id, "ID" (but the id of
# a credential, private_key_id or access_key_id, is one).
_ID_NAME_BEFORE = re.compile(
    r"""(?:(?<![A-Za-z])[Ii][Dd]|[a-z0-9]Id|[A-Za-z0-9]ID|[_-][Ii][Dd])[sS]?["'`]?\]?"""
    r"""[ \t]*(?:=|:|=>)[ \t]*[rbuf]?["'`]?$"""
)
_KEY_ID_BEFORE = re.compile(r"(?i)key[_-]?ids?[\"'`]?\]?[ \t]*(?:=|:|=>)[ \t]*[rbuf]?[\"'`]?$")
# A resource's name, not its key: an ARN (arn:aws:kms:...:key/...), a URN, an IBM Cloud CRN (crn:v1:...).
RESOURCE_NAME = re.compile(r"(?:arn|urn|crn):[\w.-]*:")
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def names_an_identifier(line_before: str) -> bool:
    tail = line_before[-80:]
    return bool(_ID_NAME_BEFORE.search(tail)) and not _KEY_ID_BEFORE.search(tail)


# A short prefix and a Unix time in milliseconds (2001-2033): a generated unique id, such as EC2's idempotency
# ClientToken "abcde1362847444140"; a generator of secrets draws every character at random.
_TIMESTAMPED_ID = re.compile(r"[A-Za-z]{1,8}1\d{12}")


def is_identifier_value(value: str) -> bool:
    """A UUID, a resource name (ARN, URN), a timestamped id or a payment object's id: identifiers, whatever name
    they are given."""
    return bool(
        UUID.fullmatch(value)
        or RESOURCE_NAME.match(value)
        or _TIMESTAMPED_ID.fullmatch(value)
        or _PAYMENT_OBJECT_ID.fullmatch(value)
        or _ULID.fullmatch(value)
    )


# A ULID (Crockford's base32 of a millisecond time and randomness; this century's start "01"), alone or after a
# record type's prefix (Courier's sch_..., many APIs' object ids)
_ULID = re.compile(r"(?:[a-z]{2,8}_)?01[0-9a-hjkmnp-tv-zA-HJKMNP-TV-Z]{24}")


# Stripe's object ids (a customer cus_..., a charge ch_..., a payment intent pi_..., ...): names of records, which
# its secret keys (sk_, rk_) and webhook secrets (whsec_) are not
_PAYMENT_OBJECT_ID = re.compile(
    r"(?:cus|ch|pi|pm|sub|in|prod|price|evt|acct|card|src|seti|txn|po|py|ii)_[A-Za-z0-9]{14,30}"
)


def is_resource_path(value: str) -> bool:
    """``app/EC2Co-EcsEl-1TKLTMITMM0EO/f37c06a68c1748aa/targetgroup/...``: a path of two or more slashes with
    word segments, where random keys (base64 holds "/" too) have none."""
    if value.count("/") < 2:
        return False
    words = [part for part in value.split("/") if len(part) >= 3 and part.isalpha() and not is_gibberish(part)]
    return len(words) >= 2


# OpenSSH public keys ("ssh-ed25519 AAAAC3Nz... user@host"), their base64 blobs, and PEM blocks that are public.
_PUBLIC_KEY_TEXT = re.compile(
    r"(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)"
    r"[ \t]+AAAA"
    r"|AAAA(?:B3NzaC1yc2E|C3NzaC1lZDI1NTE5|E2VjZHNhLXNoYTItbmlzdHA|B3NzaC1kc3M)"
    r"|-----BEGIN (?:[A-Z0-9]+ )*(?:PUBLIC KEY|CERTIFICATE|PGP PUBLIC KEY BLOCK)-----"
)


def is_public_key(value: str) -> bool:
    """A public key or certificate, in any of its text forms: OpenSSH's, a PEM block, base64 DER; or an SDK key
    published in every copy of an app (RevenueCat's appl_/goog_/amzn_ keys)."""
    return (
        bool(_PUBLIC_KEY_TEXT.match(value) or _PUBLIC_SDK_KEY.fullmatch(value))
        or is_public_der(value)
        or _uncompressed_ec_point(value)
        or _bitcoin_address(value)
        or _bech32_address(value)
    )


# A chain's address in bech32 (BIP 173) or bech32m: a human-readable part, "1", then data whose last six
# characters are a checksum over both ("bc1q...", "cosmos1...", "terra1..."). Nostr's "nsec1..." and other
# secret-key parts are keys, not addresses.
_BECH32_ADDRESS = re.compile(r"([a-z]{1,20})1([qpzry9x8gf2tvdw0s3jn54khce6mua7l]{38,90})")
_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_CONSTANTS = (1, 0x2BC830A3)  # bech32's, bech32m's


def _bech32_address(value: str) -> bool:
    match = _BECH32_ADDRESS.fullmatch(value)
    if match is None or match.group(1).endswith(("sec", "secret", "priv", "prv")):
        return False
    human, data = match.groups()
    checksum = 1
    for item in (
        [ord(char) >> 5 for char in human]
        + [0]
        + [ord(char) & 31 for char in human]
        + [_BECH32_CHARSET.index(char) for char in data]
    ):
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ item
        for bit, generator in enumerate(_BECH32_GENERATOR):
            checksum ^= generator if (top >> bit) & 1 else 0
    return checksum in _BECH32_CONSTANTS


_BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# (mainnet's pay-to-key-hash and pay-to-script addresses, and testnet's)
_BASE58_ADDRESS = re.compile(r"[13mn2][1-9A-HJ-NP-Za-km-z]{25,34}")


def _bitcoin_address(value: str) -> bool:
    """A Bitcoin address in Base58Check (``1Huz6vNN...``, ``3J98t1Wp...``): a version byte for an address, twenty
    bytes of hash and a checksum that holds; a donation address is published, a wallet's private key (WIF) has
    another version byte."""
    if not _BASE58_ADDRESS.fullmatch(value):
        return False
    number = 0
    for char in value:
        number = number * 58 + _BASE58_ALPHABET.index(char)
    if number >= 1 << 200:
        return False
    raw = number.to_bytes(25, "big")
    checksum = hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4]
    return raw[0] in (0x00, 0x05, 0x6F, 0xC4) and checksum == raw[21:]


def _uncompressed_ec_point(value: str) -> bool:
    """Base64 (often URL-safe) of an uncompressed P-256 point, 0x04 and two coordinates: a web push server's VAPID
    key, an ECDH public key."""
    if len(value) not in (87, 88) or value[0] != "B":
        return False
    try:
        decoded = base64.urlsafe_b64decode(value.replace("+", "-").replace("/", "_") + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        return False
    return len(decoded) == 65 and decoded[0] == 4


# (and BIP32's extended public keys, xpub/ypub/zpub and their testnet tpub/upub/vpub, in base58)
_PUBLIC_SDK_KEY = re.compile(r"(?:appl|goog|amzn)_[A-Za-z0-9]{20,40}|[xyztuv]pub[1-9A-HJ-NP-Za-km-z]{100,112}")


def is_public_der(value: str) -> bool:
    """Base64 of a DER public key or certificate (RSAPublicKey ``MIIBCgKC...``, SubjectPublicKeyInfo
    ``MIIBIjANBg...``, X.509 ``MIID...``): a SEQUENCE whose first element is not a private key's version number
    (INTEGER 0 in PKCS#1 and PKCS#8, 1 in an EC private key)."""
    if not value.startswith("M") or len(value) < 24:
        return False
    try:
        head = base64.b64decode(value[:24], validate=True)
    except (binascii.Error, ValueError):
        return False
    if head[0] != 0x30:
        return False
    first = 2 if head[1] < 0x80 else 2 + (head[1] & 0x7F)
    if first > 4 or head[first] not in (0x30, 0x02):
        return False  # random key material starting "MA".."MD" decodes to 0x30 too; DER goes on with a tag
    return head[first : first + 3] not in (b"\x02\x01\x00", b"\x02\x01\x01")


# Long values (PEM bodies, JWTs, blobs) are judged by their first characters: key material is uniform, and
# counting or scanning kilobytes per value cost more than the rest of the redaction of a secret-dense file.
SAMPLE_CHARS = 256


_COUNT_LOG2 = [0.0] + [count * math.log2(count) for count in range(1, SAMPLE_CHARS + 1)]


def shannon_entropy(value: str) -> float:
    """Bits per character over the value's own characters (its first SAMPLE_CHARS): detect-secrets' formula,
    with the counts taken in C and ``c * log2(c)`` from a table (H = log2 n - sum(c log2 c) / n)."""
    value = value[:SAMPLE_CHARS]
    total = len(value)
    if not total:
        return 0.0
    # str.count per distinct character beats building a Counter on the short values this sees most.
    counts = map(value.count, set(value)) if total <= 64 else Counter(value).values()
    return math.log2(total) - sum(map(_COUNT_LOG2.__getitem__, counts)) / total


def entropy_exceeds(value: str, limit: float) -> bool:
    """``shannon_entropy(value) > limit``; n distinct characters give at most log2 n bits, so most values (hex,
    UUIDs, words) are ruled out by a set of their characters before anything is counted."""
    if len(set(value[:SAMPLE_CHARS])) <= 2**limit:
        return False
    return shannon_entropy(value) > limit


def entropy_if_at_least(value: str, floor: float) -> float:
    """``shannon_entropy(value)``, or 0.0 when fewer than 2**floor distinct characters keep it below ``floor``."""
    if len(set(value[:SAMPLE_CHARS])) < 2**floor:
        return 0.0
    return shannon_entropy(value)


def entropy_at_least(value: str, limit: float) -> bool:
    """``shannon_entropy(value) >= limit`` (see ``entropy_exceeds``)."""
    if len(set(value[:SAMPLE_CHARS])) < 2**limit:
        return False
    return shannon_entropy(value) >= limit


_WORDISH = re.compile(r"[A-Z]?[a-z]{3,}|[A-Z]{3,}(?![a-z])")
_VOWELS = set("aeiouyAEIOUY")


_TEXT_CHARS = re.compile(r"[A-Za-z ,.'!?-]+")
_ASCII_LEADS = re.compile(r"[A-Za-f]+")
_SNAKE_WORDS = re.compile(r"[a-z]{3,}(?:_[a-z]{3,}){1,5}")  # "initial_registration_token"
# Lower-case words and numbers joined by "-" or "_", maybe with "!" or "." after
_JOINED_WORDS_TEXT = re.compile(r"[a-z]{3,}(?:[-_](?:[a-z]+|\d{1,12}))+[!.]*")
# Words by which a value says what it is for: a test's secret, a key of so many bytes, "not real"
_SELF_NAMING_WORDS = frozenset(
    "secret key token password test example fake dummy sample demo bytes real foobar".split()
)


def is_encoded_text(value: str) -> bool:
    """Base64 of a phrase typed by hand (``c3VwZXIgZHVwZXIgc2VjcmV0`` is "super duper secret"): generated keys decode
    to random bytes, and a ``user:password`` pair has no space between words."""
    if not _ASCII_LEADS.fullmatch(value[::4]):
        return False  # each 4-character group of base64 of ASCII text starts in A-Z or a-f (a byte below 0x80)
    try:
        decoded = base64.b64decode(value, validate=True).decode("ascii")
    except (binascii.Error, ValueError):
        return False
    if (" " in decoded.strip() and bool(_TEXT_CHARS.fullmatch(decoded))) or bool(_SNAKE_WORDS.fullmatch(decoded)):
        return True
    return _self_naming_label(decoded) or _words_run_together(decoded)


# Two-consonant openings that English words have; a group of random letters usually opens with another pair or has
# no vowel at all ("tblu", "zvue", "kdpx"), which words almost never do.
_WORD_ONSETS = frozenset(
    ("bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gh", "gl", "gn", "gr", "kn", "kr", "ph", "pl", "pr")
    + (
        "ps",
        "qu",
        "rh",
        "sc",
        "sh",
        "sk",
        "sl",
        "sm",
        "sn",
        "sp",
        "sq",
        "st",
        "sw",
        "th",
        "tr",
        "ts",
        "tw",
        "wh",
        "wr",
    )
)
_LETTER_VOWELS = frozenset("aeiouy")


def random_letter_groups(value: str) -> bool:
    """``syky tblu ylir zvue`` (an app password as Google shows it): groups of letters, one of which no English word
    could be; "that will work fine" is words."""
    return any(
        _LETTER_VOWELS.isdisjoint(group)
        or (group[0] not in _LETTER_VOWELS and group[1] not in _LETTER_VOWELS and group[:2] not in _WORD_ONSETS)
        for group in value.lower().split()
        if len(group) >= 2
    )


def is_gibberish(value: str) -> bool:
    """True when ``value`` reads as random characters, not words or identifiers.

    BigCode ran the gibberish-detector package (a character-bigram model trained on English) on
    top of detect-secrets' entropy plugins; this approximation needs no model file: the share of
    the string made of word-like runs (letters with vowels, one case pattern) must stay low.
    """
    return wordish_share(value) < 0.6


def wordish_share(value: str) -> float:
    """The share of ``value`` made of word-like runs (three or more letters of one case pattern, with a vowel)."""
    value = value[:SAMPLE_CHARS]
    wordish = sum(len(run) for run in _WORDISH.findall(value) if not _VOWELS.isdisjoint(run))
    return wordish / max(len(value), 1)
