"""codelm's own detectors: emails, IP addresses, today's token formats, and secrets in
assignments, config files and connection strings.

Every pattern starts with a literal or a narrow character class and has bounded repeats, so
the regex engine scans a long line in one pass (no catastrophic backtracking on a 5 MB
minified file). Context checks that would need look-behind run in Python on the rare matches.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import ipaddress
import operator
import re
import string
from collections import Counter
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import unquote

from codelm.pipeline.redact.lexicon import CODE_WORDS, KEY_WORDS, PASSWORD_WORDS
from codelm.pipeline.redact.lookalikes import (
    FILE_EXTENSION_TLDS,
    RESOURCE_NAME,
    SSH_NAMESPACE_DOMAINS,
    base32_of_text,
    cut_at_character_reference,
    entropy_at_least,
    entropy_if_at_least,
    has_made_up_signature,
    hex_counts_up,
    is_encoded_json_data,
    is_encoded_text,
    is_encrypted_value,
    is_example_domain,
    is_gibberish,
    is_hash_context,
    is_identifier_value,
    is_issue_reference,
    is_jwt_without_claims,
    is_jwt_without_subject,
    is_non_credential_context,
    is_password_hash,
    is_placeholder,
    is_public_key,
    is_repeated_unit,
    names_a_credential,
    names_a_version,
    names_a_version_above,
    random_letter_groups,
    reads_from_elsewhere,
    wordish_share,
)
from codelm.pipeline.redact.needles import byte_starts, find_needles
from codelm.pipeline.redact.tlds import IANA_TLDS, PRIVATE_USE_TLDS

EMAIL, IP_ADDRESS, KEY, PASSWORD, NAME = "EMAIL", "IP_ADDRESS", "KEY", "PASSWORD", "NAME"
TAGS = (EMAIL, IP_ADDRESS, KEY, PASSWORD, NAME)


class Finding(NamedTuple):
    start: int
    end: int
    tag: str
    source: str


# BigCode's list (pii_redaction.py): popular public DNS resolvers are configuration, not PII.
POPULAR_DNS_SERVERS = frozenset(
    {
        "8.8.8.8",
        "8.8.4.4",
        "1.1.1.1",
        "1.0.0.1",
        "76.76.19.19",
        "76.223.122.150",
        "9.9.9.9",
        "149.112.112.112",
        "208.67.222.222",
        "208.67.220.220",
        "8.26.56.26",
        "8.20.247.20",
        "94.140.14.14",
        "94.140.15.15",
    }
)

# File kinds whose values are literal text even without quotes (KEY=value, key: value); logs print values bare.
CONFIG_EXTENSIONS = frozenset(
    "log env ini cfg cnf cf conf config properties yaml yml toml sh bash zsh ksh fish csh ps1 bat cmd envrc netrc "
    "bash_history zsh_history sh_history "
    "pgpass npmrc pypirc gitconfig service desktop dockerfile makefile gnumakefile mk tf tfvars hcl htaccess "
    "epf prefs".split()  # (Eclipse's preferences: key=value lines)
)
CODE_EXTENSIONS = frozenset(
    "py pyi js mjs cjs jsx ts tsx java kt kts scala go rs rb php c h cc cpp hpp cs swift m mm lua pl pm r jl "
    "dart groovy vue svelte ex exs erl hs ml clj".split()
)

# ---------------------------------------------------------------------------------------- emails
_EMAIL_DOMAIN = re.compile(r"@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
# The local part read backwards from "@" (on a reversed window): ASCII characters, or letters and digits of
# internationalised local parts.
_LOCAL_PART_REVERSED = re.compile(r"(?:[A-Za-z0-9._%+-]|[^\x00-\x7f](?<=\w)(?<!_)){0,64}")
_TLD = re.compile(r"[A-Za-z]{2,24}")
# Characters of an escape sequence after its backslash: \xHH, \uHHHH, \UHHHHHHHH, one letter otherwise.
_ESCAPE_LENGTH = {"x": 3, "u": 5, "U": 9}
_PASSWORD_AND_HOST_AFTER = re.compile(r":[^\s/@'\"<>]{1,256}@")


def find_emails(text: str, keep_example_domains: bool = True) -> list[Finding]:
    found = []
    for match in _EMAIL_DOMAIN.finditer(text):
        at = match.start()
        start = at - _LOCAL_PART_REVERSED.match(text[max(0, at - 64) : at][::-1]).end()
        dotted = start < at and text[start] == "."
        while start < at and text[start] in ".-+":
            start += 1
        if dotted and start < at and (start == 1 or text[start - 2] in _BEFORE_AN_ADDRESS):
            continue  # ".foo@bar.com": a local part may not start with a dot; an invalid address, a parser's test
        if start == at or (start > 0 and text[start - 1].isalnum()):
            continue
        if start > 0 and text[start - 1] == "\\":
            # "\n@triton.jit", "\x01Z@google.golang.org": the local part begins inside an escape sequence of
            # generated or serialized text; what the escape leaves (at most a character) is no mailbox.
            start += _ESCAPE_LENGTH.get(text[start], 1)
            if at - start < 2:
                continue
        domain = match.group(1).rstrip("-")
        labels = domain.split(".")
        top = labels[-1].lower()
        if (
            not _TLD.fullmatch(top)
            or (top in FILE_EXTENSION_TLDS and not _country_domain(labels))
            or not (top in IANA_TLDS or top in PRIVATE_USE_TLDS)
        ):
            continue  # "Key@odata.type" (an OData annotation), "@foo.bar" in code: no domain a mailbox can be at
        if any(not label or label.startswith("-") for label in labels):
            continue
        end = match.start(1) + len(domain)
        if end < len(text) and (text[end].isalnum() or text[end] in "_-("):
            continue  # "L@D@L.conjugate()": a method call, not a domain
        if (
            "://" in text[max(0, start - 300) : start]
            and _in_url_userinfo(text, start)
            and not _PASSWORD_AND_HOST_AFTER.match(text, end)  # (smtp://ops@corp.example:PASSWORD@host: the user)
        ):
            continue
        if (
            text[end : end + 1] == "@"
            or text[start - 1 : start] == "@"
            or (start > 0 and text[start - 1] in "\"'" and text[end : end + 2] == text[start - 1] + "@")
        ):
            continue  # to@other.com@example.com, "to@other.com"@example.com: a piece of a longer (invalid) address
        if start > 1 and text[start - 1] == ":" and _HOST_BEFORE.search(text, max(0, start - 100), start - 1):
            continue  # Host: site.com:user@evil.com: user info before a host, in a URL's authority without a scheme
        local = text[start:at]
        if not local.strip("%*_."):
            continue  # LIKE '%@aol.com', "*@corp.io": a pattern matching addresses at a domain, no address
        if local.endswith("."):
            continue  # "Registries.@odata.id": a local part may not end with a dot; a JSON path, no address
        # git@github.com:org/repo.git is an SSH remote, the same for every user.
        if local == "git" and end < len(text) and text[end] == ":":
            continue
        if keep_example_domains and is_example_domain(domain):
            continue
        if keep_example_domains and top in PRIVATE_USE_TLDS and local.lower() in _BUILT_IN_ACCOUNTS:
            continue  # administrator@corp.local, administrator@vsphere.local: a directory's built-in account, no one's
        if (
            (local.isdigit() and len(local) >= 16)
            or _MESSAGE_ID_LOCAL.fullmatch(local)
            or labels[0].lower() in _CHAT_HOSTS
            # (WhatsApp's JIDs: a group's or a phone's number at g.us, c.us, s.whatsapp.net)
            or (domain.lower() in _WHATSAPP_JID_DOMAINS and _DIGITS_AND_DASHES.fullmatch(local))
            or _JID_BEFORE.search(_line_before(text, start, 80))
            or (text[start - 1 : start] in (":", "<") and _CONTENT_ID_BEFORE.search(_line_before(text, start, 80)))
            or (text[start - 1 : start] in " \t\"'" and _SSH_TARGET_BEFORE.search(_line_before(text, start, 200)))
            or (
                text[start - 1 : start] in ("=", "<")
                and _GENERATED_LOCAL.fullmatch(local)
                and _MESSAGE_ID_FIELD_BEFORE.search(_line_before(text, start, 80))
            )
        ):
            # "4223...4223@login.example.de" (a 32-digit scoped person id), "<5c0e8a52-...@mail.host>" (a message's
            # Message-ID), "jid": "foo@xmpp.zoom.us" (an XMPP address): identifiers scoped by a domain, no mailbox
            continue
        if (
            domain.lower() in SSH_NAMESPACE_DOMAINS
            and (
                any(char.isdigit() or char == "-" for char in local)
                or text[start - 1 : start] == "-"  # (mac.endswith("-etm@openssh.com"): a suffix of one)
                or (start > 0 and text[start - 1] in "\"'" and text[end : end + 1] == text[start - 1])
            )
        ):
            continue  # an algorithm or extension name, alone in its string literal ("zlib@openssh.com")
        found.append(Finding(start, end, EMAIL, "email"))
    if "%40" in text:
        found += _find_encoded_emails(text, keep_example_domains)
    return found


_FORMAT_FIELD_IN_VALUE = re.compile(r"\{\d*\}|\{[A-Za-z_]\w*(?:[.:!][^{}]*)?\}")
# What opens an address in text: the line, a space, a quote, markup or a list; ".x@y.z" right after one is invalid.
_BEFORE_AN_ADDRESS = frozenset(" \t\r\n\"'`<([{,;:=")
# Countries' domains that are also files' extensions (Serbia's .rs, St Helena's .sh, Moldova's .md, ...): a mail
# domain there ("team@tokio.rs", "hey@astral.sh") unless its name is a file's ("negg@foo.py", "x@main.rs")
_COUNTRY_EXTENSIONS = frozenset("rs sh md so cc py".split())
_FILE_STEMS = frozenset(
    "foo bar baz qux main lib mod index setup init __init__ build test tests app utils util config readme changelog "
    "conftest example sample script run module file".split()
)


def _country_domain(labels: list[str]) -> bool:
    return len(labels) >= 2 and labels[-1].lower() in _COUNTRY_EXTENSIONS and labels[-2].lower() not in _FILE_STEMS


_CHAT_HOSTS = frozenset({"xmpp", "jabber"})
_WHATSAPP_JID_DOMAINS = frozenset({"g.us", "c.us", "s.whatsapp.net"})
_DIGITS_AND_DASHES = re.compile(r"\d+(?:-\d+)*")
_BUILT_IN_ACCOUNTS = frozenset("administrator admin root guest krbtgt system".split())
# A generated local part: a UUID or a long run of hex (with dots or dashes), as mail servers make Message-IDs.
_MESSAGE_ID_LOCAL = re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|(?=[^.-]*\d)[0-9a-fA-F.-]{24,}")
# A MIME part's id (Content-ID: <...>, href="cid:...") or a message's (Message-ID, References): ids, no mailboxes.
_CONTENT_ID_BEFORE = re.compile(
    r"(?i)(?:cid:|(?:content|message)-id:[ \t]*<?|(?:references|in-reply-to):[ \t]*(?:<[^<>\s]+>[ \t]*)*<)$"
)
# An SSH login's target, after the command and its options (ssh -p 2222 -L 4400:host:4400 user@host) and, for scp
# and rsync, the files sent (scp -P 2200 build.tgz user@host:/srv/), or a setting named "ssh": a user on a host, not
# a mailbox
_SSH_TARGET_BEFORE = re.compile(
    r"""(?:(?:^|[\s;&|(`"'])(?:ssh|sftp|mosh|autossh)(?:[ \t]+-[A-Za-z]+(?:[ \t]+(?!-)[^\s@]+)?)*[ \t]+"""
    r"""|(?:^|[\s;&|(`"'])(?:scp|rsync)(?:[ \t]+(?:-[A-Za-z]+(?:[ \t]+(?!-)[^\s@]+)?|[\w~-]*[./][\w.~/-]*))*[ \t]+"""
    r"""|\bssh["']?[ \t]*[:=][ \t]*["']?)$"""
)
# A mail log's field for the message's id: Exim's "id=...", Postfix's "message-id=<...>", "msgid=..."
_MESSAGE_ID_FIELD_BEFORE = re.compile(r"(?i)(?:^|[\s(])(?:id|msgid|mid|message[-_]id)=<?$")
# (its local part generated: letters of both cases and digits, as mail servers draw them)
# (or one case with digits strewn through: Postfix's "tzy89kr7mwj6c18j@mx1.host")
_GENERATED_LOCAL = re.compile(
    r"(?=[^@]*\d)(?=[^@]*[A-Z])(?=[^@]*[a-z])[A-Za-z0-9._-]{12,}|(?=(?:[^\d@]*\d+){3})[a-z0-9._-]{12,}"
)
_JID_BEFORE = re.compile(r"""(?i)\bjid["'`]?\]?[ \t]*(?:=|:|=>)[ \t]*[rbuf]?["'`]?$""")
_HOST_BEFORE = re.compile(r"(?:^|[\s\"'(<])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$")
_HEX_PAIR = re.compile(r"[0-9A-Fa-f]{2}")
_ENCODED_EMAIL = re.compile(r"%40([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})")


def _find_encoded_emails(text: str, keep_example_domains: bool) -> list[Finding]:
    """``?email=jane.doe%40corp.io``: an address percent-encoded in a URL query or path."""
    found = []
    for match in _ENCODED_EMAIL.finditer(text):
        at = match.start()
        start = at
        while start > 0 and at - start < 64 and (_local_char(text[start - 1]) and text[start - 1] != "%"):
            start -= 1
        if start > 0 and text[start - 1] == "%" and _HEX_PAIR.match(text, start):
            start += 2  # %22ccahu...%40group.calendar.google.com: the hex of an escape (a quote), not the address
        while start < at and text[start] in ".-+":
            start += 1
        domain = match.group(1)
        labels = domain.split(".")
        if start == at or not _TLD.fullmatch(labels[-1]) or labels[-1].lower() in FILE_EXTENSION_TLDS:
            continue
        end = match.end()
        if end < len(text) and (text[end].isalnum() or text[end] in "_-"):
            continue
        if keep_example_domains and is_example_domain(domain):
            continue
        found.append(Finding(start, end, EMAIL, "email"))
    return found


def _local_char(char: str) -> bool:
    return char in _LOCAL_CHARS or (char > "\x7f" and char.isalnum())  # internationalised local parts


def _in_url_userinfo(text: str, start: int) -> bool:
    """``scheme://user:password@host``: the part before ``@`` is a credential, not a mailbox. Past the
    authority (a ``/``, ``?`` or ``#`` after ``://``), an address in a path or query is a mailbox again."""
    window = text[max(0, start - 300) : start]
    cut = max(window.rfind(char) for char in " \t\n\"'`<>()")
    token = window[cut + 1 :]
    scheme = token.rfind("://")
    if scheme < 0:
        return False
    authority = token[scheme + 3 :]
    return not any(char in authority for char in "/?#&=")


# ------------------------------------------------------------------------------------ IP addresses
# Starts at the first dot: a literal the engine searches fast; the first number is read in Python.
_IPV4_TAIL = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d{1,3}")
_IPV6_SEED = re.compile(r":[0-9A-Fa-f]{0,4}:")
_HEX_COLON = frozenset("0123456789abcdefABCDEF:")
_HEX_COLON_DOT = _HEX_COLON | {"."}


# Every IPv4 range that is not globally reachable unicast, as integer bounds: a bisection instead of ipaddress's
# object checks, which cost more than the rest of a finding. The ranges are IANA's special-purpose registry
# (rows whose "Globally Reachable" is False or N/A) plus multicast, which is newer than the table of Python 3.11's
# ipaddress: 192.0.0.0/24 is not reachable except PCP and TURN anycast (192.0.0.9, 192.0.0.10), and the
# deprecated 6to4 relay anycast block 192.88.99.0/24 reaches nothing. tests/pipeline/test_redact_real_code.py
# compares the two.
_IPV4_NOT_PUBLIC = (
    "0.0.0.0/8 10.0.0.0/8 100.64.0.0/10 127.0.0.0/8 169.254.0.0/16 172.16.0.0/12 192.0.0.0/24 192.0.2.0/24 "
    "192.88.99.0/24 192.168.0.0/16 198.18.0.0/15 198.51.100.0/24 203.0.113.0/24 224.0.0.0/4 240.0.0.0/4"
).split()
_IPV4_GLOBAL_EXCEPTIONS = ("192.0.0.9/32", "192.0.0.10/32")


def _ipv4_ranges(networks: list[str], exceptions: tuple[str, ...]) -> list[tuple[int, int]]:
    blocks = [ipaddress.IPv4Network(network) for network in networks]
    for exception in map(ipaddress.IPv4Network, exceptions):
        blocks = [
            part
            for block in blocks
            for part in (block.address_exclude(exception) if exception.subnet_of(block) else [block])
        ]
    return sorted((int(block.network_address), int(block.broadcast_address)) for block in blocks)


_IPV4_RANGES = _ipv4_ranges(_IPV4_NOT_PUBLIC, _IPV4_GLOBAL_EXCEPTIONS)
_IPV4_NOT_PUBLIC_FIRST = [first for first, _ in _IPV4_RANGES]
_IPV4_NOT_PUBLIC_LAST = [last for _, last in _IPV4_RANGES]
# IANA's IPv6 special-purpose blocks that are not globally reachable and that Python 3.11's is_global still calls
# global: the local-use NAT64 prefix, 6to4 (it embeds an IPv4 address, the block itself reaches nothing), the
# 2024 documentation prefix, SRv6 SIDs and the dummy prefix.
_IPV6_NOT_GLOBAL = tuple(
    map(ipaddress.IPv6Network, ("64:ff9b:1::/48", "2002::/16", "3fff::/20", "5f00::/16", "100:0:0:1::/64"))
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_OCTETS = re.compile(
    r"(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\."
    r"(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
)


def public_ipv4(value: str) -> bool:
    """A dotted quad (no leading zeros) that is globally reachable unicast."""
    octets = _OCTETS.fullmatch(value)
    if octets is None:
        return False
    number = 0
    for octet in octets.groups():
        number = number * 256 + int(octet)
    index = bisect.bisect_right(_IPV4_NOT_PUBLIC_FIRST, number) - 1
    return index < 0 or number > _IPV4_NOT_PUBLIC_LAST[index]


def _ipv6_ranges() -> list[tuple[int, int]]:
    """Integer bounds of every IPv6 range that is not globally reachable unicast: ipaddress's private (not
    is_global), multicast, site-local and reserved networks (IANA's unassigned space outside 2000::/3, less the
    NAT64 well-known prefix, which is_reserved's ::/8 holds) and ``_IPV6_NOT_GLOBAL``; merged and sorted.
    IPv4-mapped addresses (::ffff:0:0/96) are judged as IPv4 before this table is read."""
    constants = ipaddress.IPv6Address("::")._constants
    blocks = list(constants._private_networks) + [constants._multicast_network, constants._sitelocal_network]
    for network in constants._reserved_networks:
        blocks += network.address_exclude(_NAT64) if _NAT64.subnet_of(network) else [network]
    blocks += _IPV6_NOT_GLOBAL
    merged: list[tuple[int, int]] = []
    for first, last in sorted((int(block.network_address), int(block.broadcast_address)) for block in blocks):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


_IPV6_RANGES = _ipv6_ranges()
_IPV6_NOT_PUBLIC_FIRST = [first for first, _ in _IPV6_RANGES]
_IPV6_NOT_PUBLIC_LAST = [last for _, last in _IPV6_RANGES]
_IPV4_MAPPED_PREFIX = 0xFFFF << 32
_NAT64_PREFIX = int(_NAT64.network_address) >> 32


def public_ipv6(address: ipaddress.IPv6Address) -> bool:
    """Globally reachable unicast: private, documentation, reserved, loopback, link-local, unique-local and
    multicast ranges are configuration, not someone's address; an IPv4-mapped address is judged as IPv4. A
    bisection of integer ranges: ipaddress's properties test networks one by one, 7 us per public address."""
    number = int(address)
    if number >> 32 == 0xFFFF or (number >> 32 == _NAT64_PREFIX and number & 0xFFFFFFFF):
        # IPv4-mapped, and an address in the NAT64 well-known prefix 64:ff9b::/96 (RFC 6052), whose low 32 bits
        # are the IPv4 address it reaches: 64:ff9b::7f00:1 is loopback. The bare prefix (64:ff9b::) is the
        # globally reachable block IANA lists, judged as IPv6 as before (the first audit labels it an address).
        mapped = number & 0xFFFFFFFF
        index = bisect.bisect_right(_IPV4_NOT_PUBLIC_FIRST, mapped) - 1
        return index < 0 or mapped > _IPV4_NOT_PUBLIC_LAST[index]
    index = bisect.bisect_right(_IPV6_NOT_PUBLIC_FIRST, number) - 1
    return index < 0 or number > _IPV6_NOT_PUBLIC_LAST[index]


def _line_before(text: str, index: int, limit: int = 200) -> str:
    """The line up to ``index``, at most ``limit`` characters: an unbounded search back for the line
    start would make a megabyte-long line quadratic."""
    window_start = max(0, index - limit)
    newline = text.rfind("\n", window_start, index)
    return text[newline + 1 if newline >= 0 else window_start : index]


# What may stand before a number alone on its line: indentation, tags, quotes, a list's dash.
_MARKUP_ONLY = re.compile(r"<[^<>]*>|[\s\"'`,:=\[\]{}-]")
_OID_CONTEXT = re.compile(
    r"(?i:(?<![a-z])oids?(?![a-z])|nameoid|objectid|object[ _-]identifier|asn\.?1|x\.?509|pkcs|"
    r"extendedkeyusage|keyusage)"
)


# Hex groups and colons just before a dotted quad, read backwards: two colons make it an IPv6 address's tail.
_IPV6_HEAD_REVERSED = re.compile(r":[0-9A-Fa-f]{0,4}:")
_LONG_OID = re.compile(r"(?<![\w.])[012]\.\d{1,5}(?:\.\d{1,9}){4,}")
_USER_AGENT_PRODUCT_BEFORE = re.compile(
    r"(?<![\w/])(?:Chrome|Chromium|Firefox|Safari|Edg|Edge|OPR|Opera|Version|AppleWebKit|Gecko|CriOS|FxiOS|"
    r"SamsungBrowser|YaBrowser|Trident|Mobile)/$"
)
# X.500's attribute types, syntaxes, object classes and certificate extensions: in code far more often than
# the few hosts of 2.5.0.0/16
_X500_ARCS = ("2.5.4.", "2.5.5.", "2.5.6.", "2.5.29.")
_LDAP_SCHEMA_AFTER = re.compile(r"[ \t]+(?:NAME|DESC|SUP|SYNTAX|EQUALITY|MUST|MAY|APPLIES)\b")


# A specification's section number: four small numbers (no part over two digits, as in 2.2.31.2), named by a
# reference to a document or section before it on the line, or opening the line as a heading (a capitalised or
# upper-case title after it, no port or host).
_SECTION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,2}\.\d{1,2}")
_SECTION_REFERENCE = re.compile(
    r"(?i)\[[A-Z]{2,}-[A-Z0-9]+\][^\n]*$"
    r"|(?:section|sect\.|sec\.|§|clause|chapter|appendix|paragraph|rfc[ -]?\d+(?:bis)?(?:-\d+)?)[ \t]*$"
    # a standard by its body and number: "ECMA-262 7.1.12.1 steps 6 and 8", "ISO/IEC 9899 6.5.2.1"
    r"|(?<![\w-])(?:ecma|iso(?:/iec)?|iec|ieee|ansi)[ -]?\d+(?:[-:]\d+)*[ \t]*$"
    r"|(?:described|defined|specified|documented)[ \t]+in[ \t]*$"  # "SYSTEM_AUDIT_ACE as described in 2.4.4.10"
)
# "As per 11.2.4.5 TPM2B_PUBLIC_KEY_RSA, ...": a section cited by number, then the structure it defines.
_CITED_AS = re.compile(r"(?i)(?:^|[\s(])(?:as per|per|see|cf\.)[ \t]*$")
_SPEC_NAME_AFTER = re.compile(r"[ \t]+[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|[ \t]+[A-Z][A-Z0-9]{5,}\b")
_URL_FRAGMENT_BEFORE = re.compile(r"\S+#[\w-]*$")
_COMMENT_OR_MARKUP = re.compile(r"<[^<>]*>|[\s\"'`,:=\[\]{}#/*;-]")
# (a period may close the number: "5.2.3.10.  Signature Expiration Time"; a word may hold hyphens, "RFC6570-style";
# ECMAScript's sections are headed by what they define, "25.4.3.1 Promise(executor)",
# "21.2.5.8 RegExp.prototype[@@replace](string, replaceValue)", as core-js's comments cite them)
_HEADING_AFTER = re.compile(
    r"\.?[ \t]+(?:[A-Z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*(?:[ \t]+[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)*"
    r"|[A-Z][\w$]*(?:\.[A-Za-z_$][\w$]*|\[@@\w+\])*\([^()\n]{0,80}\)"
    # (a member without a call: "20.1.2.10 Number.MIN_SAFE_INTEGER", "19.4.3.5 Symbol.prototype[@@toStringTag]")
    r"|[A-Z][\w$]*(?:\.[A-Za-z_$][\w$]*|\[@@\w+\])+)"
    r"[ \t]*(?:\*/[ \t]*)?(?:\r?\n|$)"
)
# Section numbers listed in a comment: "// 23.1.3.4, 23.1.3.8, 23.1.3.11", "// add [@@species], 23.1.2.2, 23.2.2.2"
_SECTION_NUMBER_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{1,2}\.\d{1,2},[ \t]+$")
# Two editions' numbers for one section, parted by " / ", then its heading: "// 19.1.2.2 / 15.2.3.5 Object.create(O)"
_EDITION_BEFORE = re.compile(r"(?<![\d.])\d{1,2}(?:\.\d{1,2}){2,3}[ \t]+/[ \t]+$")
_EDITION_AFTER = re.compile(r"[ \t]+/[ \t]+\d{1,2}(?:\.\d{1,2}){2,3}(?![\d.])")
_SECTION_NUMBER_AFTER = re.compile(r",[ \t]+\d{1,2}\.\d{1,2}\.\d{1,2}\.\d{1,2}(?![\d.])")


def find_ips(text: str) -> list[Finding]:
    return _find_ipv4(text) + _find_ipv6(text)


_PATH_DATA = re.compile(r"[MmLlHhVvCcSsQqTtAaZz0-9 \t,.eE-]*")
# A decimal number straight before the quad (not the end of another quad: "1.2.3.4 5.6.7.8" lists addresses) and a
# number straight after it: the quad is decimals run together, as minified path data writes them
_DECIMAL_BEFORE = re.compile(r"(?<![\w.:])-?\d*\.\d+(?:[ \t,]+-?|-)$")
_NUMBER_AFTER = re.compile(r"(?:[ \t,]+|(?=-))-?\.?\d")
# (the other side a version of two or three numbers: "IP: 145.254.160.237 -> 216.239.59.99" is a packet's route)
_UPGRADE_ARROW_AFTER = re.compile(r"[ \t]*(?:→|->|=>)[ \t]*v?\d+\.\d+(?:\.\d+)?(?![\d.])")
_UPGRADE_ARROW_BEFORE = re.compile(r"(?<![\d.])\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?[ \t]*(?:→|->|=>)[ \t]*v?$")


def _in_svg_path(line_prefix: str) -> bool:
    """The line so far ends inside an SVG path's ``d="..."`` or a polygon's ``points="..."``."""
    attribute = max(line_prefix.rfind(' d="'), line_prefix.rfind(" d='"), line_prefix.rfind(' points="'))
    return attribute >= 0 and bool(_PATH_DATA.fullmatch(line_prefix, line_prefix.index("=", attribute) + 2))


# tcpdump writes an endpoint as ADDRESS.PORT: "IP 203.0.113.5.51514 > 198.51.100.7.21: Flags [P.]"
_PACKET_ENDPOINT = re.compile(r"\.\d{1,5}(?: > \d|: (?:Flags|UDP|ICMP|tcp|udp)\b)")


# A release's archive, maybe after another version: "-1.4.13.bz2", ".tar.gz"
_PERCENT_ESCAPE_BEFORE = re.compile(r"%[0-9A-Fa-f]{2}%$")
_ARCHIVE_AFTER_VERSION = re.compile(
    r"(?:-[\w.]+)?\.(?:tar|t?gz|tbz2?|bz2|xz|zst|zip|7z|deb|rpm|whl|jar|gpg|sig|asc|sha256|exe|msi|dmg)\b"
)
_VERSION_CELL_BEFORE = re.compile(r"\|[ \t]*[`*]*v?\d+\.\d+(?:\.\d+)?[`*]*[ \t]*\|[ \t]*[`*]*$")
_PACKAGE_BEFORE = re.compile(r"(?<![\w.-])([a-z][a-z0-9_-]*)[ \t]+$")
_NETWORK_WORDS = frozenset("host server ip addr address at to from via dns gateway proxy relay node peer".split())
# (a plural's final s is dropped before it is looked up)
_ADDRESS_LIST_WORDS = _NETWORK_WORDS | frozenset(
    "addresses resolver allow allowed allowlist whitelist blocklist blacklist block blocked ban banned client mirror "
    "ipv4 subnet range cidr egress ingress firewall".split()
)
_PACKAGE_VERSION = re.compile(r"(?<![\w.-])[a-z][a-z0-9_-]*[ \t]+v?\d+\.\d+\.\d+(?![\d.])")
_ID_FIELD_BEFORE = re.compile(r"""(?:^|[^\w])"(?:id|Id|ID)"[ \t]*:[ \t]*"$""")
# a product's name with a capital or a digit in it, then "-" ("GCM-iOS-", "Python3-"); not a range's first address
_PRODUCT_BEFORE_VERSION = re.compile(r"(?<![\w.-])(?=[\w-]*[A-Z0-9])[A-Za-z][\w-]*[A-Za-z]-$")


_GLUED_OPTION = re.compile(r"[ \t]-[A-Za-z]$")


def _find_ipv4(text: str) -> list[Finding]:
    found = []
    table_headers: dict[int, list[str] | None] = {}
    for match in _IPV4_TAIL.finditer(text):
        start, end = match.span()
        while start > 0 and match.start() - start < 3 and text[start - 1].isdigit():
            start -= 1
        if start == match.start():
            continue
        if (
            start > 0
            and (text[start - 1].isalnum() or text[start - 1] in "._")
            and not _GLUED_OPTION.match(text, max(0, start - 3), start)
        ):
            continue  # (glued to a one-letter option it is an address: "udp2raw -r203.0.113.9:4096", "-h198.51.100.7")
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        if start > 1 and text[start - 1] == ":" and _IPV6_HEAD_REVERSED.match(text[max(0, start - 40) : start][::-1]):
            continue  # [::192.9.5.5], 64:ff9b::1.2.3.4: the tail of an IPv6 address, judged as IPv6
        if (
            end + 1 < len(text)
            and text[end] == "."
            and text[end + 1].isalnum()
            and not _PACKET_ENDPOINT.match(text, end, end + 16)
        ):
            continue  # 1.2.3.4.5 (a version), 4.3.2.1.in-addr.arpa (a DNS name)
        value = text[start:end]
        if not public_ipv4(value) or value in POPULAR_DNS_SERVERS:
            continue  # private and reserved ranges; 999.1.1.1 and leading zeros are no address
        line_prefix = _line_before(text, start)
        if names_a_version(line_prefix, text[end : end + 40]):
            continue
        if line_prefix.endswith("/") and _USER_AGENT_PRODUCT_BEFORE.search(line_prefix[-24:]):
            continue  # "Chrome/135.0.0.0 Safari/537.36": a browser's version in a user agent
        if line_prefix.endswith("-") and _PRODUCT_BEFORE_VERSION.search(line_prefix[-24:]):
            continue  # "User-Agent: GCM-iOS-5.22.1.4": a version glued to its product's name
        if line_prefix[-2:-1].isalpha() and line_prefix.endswith("-") and _ARCHIVE_AFTER_VERSION.match(text, end):
            continue  # "patch-iptables-1.4.12.2-1.4.13.bz2": a version in a release file's name
        if line_prefix.endswith("%") and _PERCENT_ESCAPE_BEFORE.search(line_prefix[-4:]):
            continue  # "http://%31%32%37.0.0.1/": "%37" an escape, the rest the tail of an encoded 127.0.0.1
        if line_prefix.endswith("%") and value.startswith("20") and text.startswith("%20", end):
            continue  # "...46%201.18.48.52%201.2..." in a URL-encoded SVG: "%20" a space, the rest a path's decimals
        if line_prefix.endswith('"') and _ID_FIELD_BEFORE.search(line_prefix[-40:]):
            continue  # "Id": "1.2.8.24": a requirement's number under a JSON object's id
        if value[1] == "." and _listed_package_version(text, start, end, line_prefix):
            continue  # "pandas 3.0.5 + numpy 2.5.3 + blpapi 3.26.8.1": packages and their versions, listed
        if value[1] == "." and line_prefix.endswith(('"', "'")) and _package_key_version(line_prefix):
            continue  # {"opencv-python": "5.0.0.93"}: a package's pinned version under its hyphenated name
        if value[1] == "." and _tool_version(text, end, value, line_prefix):
            continue  # "twine 2.2.5.3 uploaded ...", "Server: mox 3.3.1.8 on the VPS": a tool's four-part version
        if line_prefix.endswith(("#", "-")) and _URL_FRAGMENT_BEFORE.search(line_prefix):
            continue  # forms.html#h-17.13.4.1: a section anchor in a URL's fragment
        if _SECTION_NUMBER.fullmatch(value) and (
            _SECTION_REFERENCE.search(line_prefix)
            or (not _COMMENT_OR_MARKUP.sub("", line_prefix) and _HEADING_AFTER.match(text, end))
            or (
                _COMMENT_START.match(line_prefix)
                and (
                    (_EDITION_BEFORE.search(line_prefix) and _HEADING_AFTER.match(text, end))
                    or ((after := _EDITION_AFTER.match(text, end)) and _HEADING_AFTER.match(text, after.end()))
                )
            )
            or (_CITED_AS.search(line_prefix) and _SPEC_NAME_AFTER.match(text, end))
        ):
            # "[MS-SMB2] 2.2.31.2 SRV_READ_HASH", "see section 3.1.4.2", a docstring or comment line opening "2.2.2.1
            # SMB2 ERROR Context Response" or "# 2.2.20.1 PROPMARSHALHEADER": a specification's section number, in a
            # reference or heading
            continue
        if _SECTION_NUMBER.fullmatch(value) and _listed_section_number(text, end, line_prefix):
            continue
        if line_prefix.lstrip().startswith("|") and _in_version_column(text, start, line_prefix, table_headers):
            continue  # "| Mozilla Rhino | 1.7.14.1 | MPL-2.0 |" under "| Name | Version | License |"
        if line_prefix.endswith(("|", " ", "`", "*")) and _VERSION_CELL_BEFORE.search(line_prefix[-40:]):
            continue  # "| pkginfo | `1.11.1` | `1.12.1.2` |": a version beside the version it replaces
        line_start = start - len(line_prefix)
        if line_start > 0 and not _MARKUP_ONLY.sub("", line_prefix):
            if names_a_version_above(_line_before(text, line_start - 1)):
                continue
        # An ASN.1 object identifier (2.5.4.10, 1.3.6.1) starts with arc 0, 1 or 2; near words of X.509 or ASN.1,
        # near a longer identifier (an LDAP schema's "SYNTAX 1.3.6.1.4.1.1466.115.121.1.15") or named by LDAP's
        # schema syntax ("( 2.5.4.21 NAME 'telexNumber'") it is one, not an address.
        if value.startswith(_X500_ARCS):
            continue  # 2.5.4.3 (commonName), 2.5.5.10 (an attribute syntax), 2.5.29.17: X.500's arcs, named alone
        if (
            value[1] == "."
            and value[0] in "012"
            and (
                _OID_CONTEXT.search(text, max(0, start - 200), end + 200)
                or _LONG_OID.search(text, max(0, start - 200), end + 200)
                or _LDAP_SCHEMA_AFTER.match(text, end)
            )
        ):
            continue
        if text[start - 1 : start] == "`" and text[end : end + 2] in ("`_", "`:"):
            continue  # `3.2.2.10`_: a reStructuredText reference to a numbered section
        tail = line_prefix[-40:]
        if _PATH_DATA.fullmatch(tail, max(tail.rfind('"'), tail.rfind("'")) + 1) and _in_svg_path(
            _line_before(text, start, 4000)
        ):
            continue  # d="M8 0C3.58 ... 1.08.58 1.23.82.72 1.21 ...": coordinates of an inline icon's path
        if _DECIMAL_BEFORE.search(line_prefix[-24:]) and _NUMBER_AFTER.match(text, end):
            continue  # "3.18 4.62.85.77 1.97", "8.82-4.15.88.22 4.16": compact decimals of a path's coordinates
        if _UPGRADE_ARROW_AFTER.match(text, end) or _UPGRADE_ARROW_BEFORE.search(line_prefix[-40:]):
            continue  # "fastmcp: 2.13.0.2 → 2.14.3": a dependency's versions, before and after an upgrade
        # BigCode: a short x.x.x.x is a version unless the neighbourhood talks about dns/servers.
        if len(value) == 7:
            context = text[max(0, start - 100) : end + 100].lower()
            if "dns" not in context and "server" not in context:
                continue
        found.append(Finding(start, end, IP_ADDRESS, "ipv4"))
    return found


def _listed_section_number(text: str, end: int, line_prefix: str) -> bool:
    """A section-number-shaped quad beside another in a comma-separated list on a comment line that names no host."""
    if not _COMMENT_START.match(line_prefix):
        return False
    if not (_SECTION_NUMBER_BEFORE.search(line_prefix) or _SECTION_NUMBER_AFTER.match(text, end)):
        return False
    line_end = text.find("\n", end)
    line = line_prefix + text[end : len(text) if line_end < 0 else line_end]
    words = re.findall(r"[a-z]+", line.lower())
    return not any(word in _ADDRESS_LIST_WORDS or word.removesuffix("s") in _ADDRESS_LIST_WORDS for word in words)


_VERSION_HEADER = re.compile(r"(?i)v|ver\.?|version|release|tag|revision")
_TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?)?[ \t]*\|?[ \t]*")


def _in_version_column(text: str, start: int, line_prefix: str, headers: dict[int, list[str] | None]) -> bool:
    """A value in a Markdown table's cell under a header that names versions (the delimiter row's line above)."""
    column = line_prefix.count("|") - line_prefix.count("\\|") - 1
    if line_prefix[line_prefix.rfind("|") + 1 :].strip(" \t`*_"):
        return False  # more in the cell than the value
    header = _table_header(text, start - len(line_prefix), headers)
    return (
        header is not None and column < len(header) and bool(_VERSION_HEADER.fullmatch(header[column].strip(" \t`*_")))
    )


def _table_header(text: str, line_start: int, headers: dict[int, list[str] | None]) -> list[str] | None:
    """The header cells of the Markdown table whose row starts at ``line_start``, None outside one. ``headers``
    remembers the answer for every row walked, so a table of many addresses is walked up once, not once per row."""
    walked, header = [], None
    while line_start > 0:
        if line_start in headers:
            header = headers[line_start]
            break
        walked.append(line_start)
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1].rstrip("\r")
        if _TABLE_RULE.fullmatch(above):
            header_start = text.rfind("\n", 0, max(0, above_start - 1)) + 1
            header = text[header_start : max(header_start, above_start - 1)].strip().strip("|").split("|")
            break
        if not above.lstrip().startswith("|"):
            break
        line_start = above_start
    for row_start in walked:
        headers[row_start] = header
    return header


def _listed_package_version(text: str, start: int, end: int, line_prefix: str) -> bool:
    """A dotted quad after a package's name on a line that lists two or more other packages with their versions.
    (Only asked of 1.x to 9.x: a version's first number is small, and those are a sliver of the public addresses.)"""
    package = _PACKAGE_BEFORE.search(line_prefix[-40:])
    if package is None or package.group(1) in _NETWORK_WORDS:
        return False
    line_end = text.find("\n", end)
    return len(_PACKAGE_VERSION.findall(text, start - len(line_prefix), len(text) if line_end < 0 else line_end)) >= 2


# Words an address follows as often as a version does: commands and words of networking
_ADDRESS_VERB_WORDS = _ADDRESS_LIST_WORDS | frozenset(
    "is was be are of on for and or with use using set ping ssh curl wget nc ncat telnet dig nslookup traceroute mtr "
    "route gw inet listen bind connect reach behind deny interface iface nameserver upstream backend target".split()
)
_PORT_OR_PREFIX_AFTER = re.compile(r"[:/]\d")
_PACKAGE_KEY_BEFORE = re.compile(r"""["']([a-z][a-z0-9]*(?:-[a-z0-9]+)+)["'][ \t]*:[ \t]*["']$""")


def _package_key_version(line_prefix: str) -> bool:
    """The quoted value's key is a package's hyphenated name ("opencv-python", "ruamel-yaml-clib") with no word of
    networking among its parts ("proxy-host" names an address)."""
    key = _PACKAGE_KEY_BEFORE.search(line_prefix[-60:])
    return key is not None and _ADDRESS_VERB_WORDS.isdisjoint(key.group(1).split("-"))


def _tool_version(text: str, end: int, value: str, line_prefix: str) -> bool:
    """A dotted quad of small numbers (a one-digit first part, none over 30) straight after a lower-case name that is
    no word of networking, and no port or prefix length after it: a tool's version ("plow 3.12.2.5"), which is almost
    never a public address (under one in ten thousand of them has that shape)."""
    if any(int(part) > 30 for part in value.split(".")) or _PORT_OR_PREFIX_AFTER.match(text, end):
        return False
    tool = _PACKAGE_BEFORE.search(line_prefix[-40:])
    return tool is not None and tool.group(1) not in _ADDRESS_VERB_WORDS


def _ipv6(value: str) -> ipaddress.IPv6Address | None:
    try:
        return ipaddress.IPv6Address(value)
    except ValueError:
        return None


def _find_ipv6(text: str) -> list[Finding]:
    found = []
    scanned_to = 0
    for match in _IPV6_SEED.finditer(text):
        if match.start() < scanned_to:
            continue
        start = match.start()
        while start > 0 and match.start() - start < 40 and text[start - 1] in _HEX_COLON:
            start -= 1
        end = match.end()
        while end < len(text) and end - start < 45 and text[end] in _HEX_COLON_DOT:
            end += 1
        scanned_to = end
        while end > start and text[end - 1] in ".":
            end -= 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.:"):
            continue
        if end < len(text) and (text[end].isalnum() or text[end] in "_"):
            continue
        value = text[start:end]
        if not any(char.isdigit() for char in value):
            continue
        groups = [group for group in value.split(":") if group]
        cidr = text.startswith("/", end) and text[end + 1 : end + 2].isdigit()
        if len(groups) < 3 and "." not in value and not cidr:
            continue  # x[1::2] slices, std::  -- an address worth hiding has more structure
        if "::" not in value and all(len(group) == 2 for group in groups):
            continue  # 30:82:01:0a:02:82:01:01: bytes of a certificate dump, a serial number, a MAC or fingerprint
        address = _ipv6(value)
        if address is None and value.count(":") == 8 and text[start - 1 : start] == "@":
            value = value.rsplit(":", 1)[0]  # amqp://user:pw@2001:db8::1:5672, a port after a bare address
            end = start + len(value)
            address = _ipv6(value)
        if address is None:
            continue
        mapped = address.ipv4_mapped
        if not public_ipv6(address) or (mapped and str(mapped) in POPULAR_DNS_SERVERS):
            continue
        found.append(Finding(start, end, IP_ADDRESS, "ipv6"))
    return found


# ----------------------------------------------------------------------------- token formats
# (name, literals one of which every match contains, pattern). A pattern runs only on texts that
# hold one of its literals: ``in`` skips most files far faster than any regex scan, and each
# pattern starts with its literal, so the scan itself is a fast search too.
AWS_ACCESS_KEY_ID = r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}"
_TOKEN_FORMATS = [
    (
        "aws_access_key_id",
        ("A3T", "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA"),
        AWS_ACCESS_KEY_ID,
    ),
    ("github", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), r"gh[pousr]_[A-Za-z0-9]{36,255}"),
    ("github", ("github_pat_",), r"github_pat_[A-Za-z0-9_]{50,255}"),
    (
        "gitlab",
        ("glpat-", "gldt-", "glptt-", "glrt-", "glcbt-", "glimt-", "gloas-", "glft-", "glsoat-"),
        r"gl(?:pat|dt|ptt|rt|cbt|imt|oas|ft|soat)-[A-Za-z0-9_-]{20,64}",
    ),
    ("slack", ("xox",), r"xox(?:e\.xox)?[abposrec]-[A-Za-z0-9-]{10,255}"),
    ("slack", ("xapp-",), r"xapp-\d-[A-Za-z0-9-]{10,255}"),
    (
        "slack",
        ("hooks.slack.com",),
        r"hooks\.slack\.com/services/(T[A-Za-z0-9_]{4,20}/B[A-Za-z0-9_]{4,20}/[A-Za-z0-9_]{8,64})",
    ),
    # Workflow Builder webhooks: /workflows/T.../A.../<id>/<secret>, /triggers/T.../<id>/<secret>.
    (
        "slack",
        ("hooks.slack.com",),
        r"hooks\.slack\.com/(?:workflows|triggers)/(T[A-Za-z0-9_]{4,20}(?:/[A-Za-z0-9_]{4,64}){2,3})",
    ),
    ("stripe", ("k_live_", "k_test_"), r"[rs]k_(?:live|test)_[A-Za-z0-9]{16,255}"),  # (and Culqi's, 16 long)
    ("google_api_key", ("AIza",), r"AIza[0-9A-Za-z_-]{35}"),
    # an OAuth client's secret as Google Cloud has issued them since 2021
    ("google_oauth_client_secret", ("GOCSPX-",), r"GOCSPX-[0-9A-Za-z_-]{28}(?![0-9A-Za-z_-])"),
    # a Klei account's dedicated server token (Don't Starve Together's cluster_token.txt): "pds-g^KU_", the account
    # id, "^", then the token in base64
    ("klei_server_token", ("pds-g^KU_",), r"pds-g\^KU_[A-Za-z0-9_-]{8}\^[A-Za-z0-9+/]{24,}={0,2}"),
    ("sendgrid", ("SG.",), r"SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}"),
    ("twilio", ("SK",), r"SK[0-9a-f]{32}"),
    ("npm", ("npm_",), r"npm_[A-Za-z0-9]{36}"),
    # XBackbone's upload tokens, "token_" and 32 hex digits in its users table and its clients' configs
    ("xbackbone", ("token_",), r"""(?<=["'])token_([0-9a-f]{32})(?=["'])"""),
    ("pypi", ("pypi-AgEIcHlwaS5vcmc",), r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,512}"),
    ("huggingface", ("hf_",), r"hf_[A-Za-z0-9]{30,40}"),
    ("openai", ("sk-",), r"sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,255}"),
    ("jwt", ("eyJ",), r"eyJ[A-Za-z0-9_-]{5,2048}\.eyJ[A-Za-z0-9_-]{5,8192}\.[A-Za-z0-9_-]{10,2048}"),
    ("azure_storage", ("AccountKey=",), r"AccountKey=([A-Za-z0-9+/=]{86,88})"),
    ("bearer", ("Bearer", "bearer", "BEARER"), r"(?i:bearer)[ \t]([A-Za-z0-9._~+/-]{20,2048}=*)"),
    # A PEM private key, base64-encoded whole (Kubernetes secrets, CI variables): "LS0tLS1CRUdJTi" is "-----BEGIN".
    ("private_key_base64", ("LS0tLS1CRUdJTi",), r"LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,16384}={0,2}"),
    # Formats the public rule sets (gitleaks, trufflehog) know by their documented prefixes. age's X25519 identity
    # is Bech32 (upper case) after its human-readable part.
    ("age_secret_key", ("AGE-SECRET-KEY-1",), r"AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}"),
    # New Relic: user API keys (NRAK-), browser keys (NRJS-), insights insert/query keys (NRII-/NRIQ-).
    ("newrelic", ("NRAK-",), r"NRAK-[A-Za-z0-9]{27}"),
    ("newrelic", ("NRJS-",), r"NRJS-[a-fA-F0-9]{19}"),
    ("newrelic", ("NRII-", "NRIQ-"), r"NRI[IQ]-[A-Za-z0-9_-]{32}"),
    # HashiCorp Vault service and batch tokens (hvs., hvb.; recovery tokens hvr.).
    ("vault", ("hvs.", "hvb.", "hvr."), r"hv[sbr]\.[A-Za-z0-9_-]{24,255}"),
    # Atlassian API tokens (Jira, Confluence, Bitbucket): ATATT3 + 180-odd base64url characters and a checksum.
    ("atlassian", ("ATATT3", "ATCTT3"), r"AT[AC]TT3[A-Za-z0-9_=-]{150,300}"),
    # Mapbox secret (sk.) tokens: a JWT-like payload after "sk."; public (pk.) tokens are meant to be shipped.
    ("mapbox", ("sk.eyJ",), r"sk\.eyJ[A-Za-z0-9_-]{20,512}\.[A-Za-z0-9_-]{20,128}"),
    # Fly.io tokens: "FlyV1 " then one or more comma-joined macaroons, fm1_/fm2_...
    ("fly", ("FlyV1 ",), r"FlyV1 fm[12][a-z]?_[A-Za-z0-9+/_=-]{20,}(?:,fm[12][a-z]?_[A-Za-z0-9+/_=-]{20,})*"),
    # An OpenVPN static key (tls-auth, tls-crypt, secret): 2048 random bits as hex lines between its markers.
    (
        "openvpn_static_key",
        ("-----BEGIN OpenVPN Static key V1-----",),
        r"-----BEGIN OpenVPN Static key V1-----\s+(?:[0-9a-fA-F]{32}\s+){8,}-----END OpenVPN Static key V1-----",
    ),
    # Airtable personal access tokens: "pat", a 14-character id, ".", 64 hex digits of secret.
    ("airtable", ("pat",), r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}"),
    # Mailgun's legacy private API keys.
    ("mailgun", ("key-",), r"key-[0-9a-f]{32}"),
    # Telegram bot tokens: the bot's numeric id, ":", then 35 characters starting "AA" (the Bot API puts "bot" right
    # before it: "/bot<token>/sendMessage", a log's "via bot<token>").
    ("telegram", (":AA",), r"(?:(?<=bot)|(?<![\w:]))[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![\w-])"),
    # Any token in the Bot API's own URL is the bot's, whatever its letters
    ("telegram", ("api.telegram.org/bot",), r"(?<=api\.telegram\.org/bot)[0-9]{6,12}:[A-Za-z0-9_-]{30,50}(?![\w-])"),
    # Tezos secret keys in base58check: Ed25519 ("edsk", a 32-byte seed or the 64-byte key), secp256k1 and P-256
    (
        "tezos",
        ("edsk", "spsk", "p2sk"),
        r"(?:edsk|spsk|p2sk)[1-9A-HJ-NP-Za-km-z]{50}(?:[1-9A-HJ-NP-Za-km-z]{44})?(?![\w])",
    ),
    # Vendor formats by their documented prefixes (gitleaks' and trufflehog's rule sets list the same shapes).
    ("digitalocean", ("dop_v1_", "doo_v1_", "dor_v1_"), r"do[opr]_v1_[a-f0-9]{64}"),
    ("sentry", ("sntryu_",), r"sntryu_[a-f0-9]{64}"),
    ("sentry", ("sntrys_",), r"sntrys_[A-Za-z0-9+/=_-]{60,1024}"),
    ("linear", ("lin_api_",), r"lin_api_[A-Za-z0-9]{40}"),
    ("postman", ("PMAK-",), r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
    ("netlify", ("nfp_",), r"nfp_[A-Za-z0-9]{36}"),
    ("replicate", ("r8_",), r"r8_[A-Za-z0-9]{37}"),
    ("jfrog", ("AKCp",), r"AKCp[A-Za-z0-9]{69}"),
    # Doppler service, personal, service-account and CLI tokens (a service token names its config: dp.st.prd.)
    (
        "doppler",
        ("dp.st.", "dp.pt.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."),
        r"dp\.(?:st|pt|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9])",
    ),
    # Stripe webhook signing secrets, Alibaba Cloud AccessKey ids, Heroku's v2 tokens, Midtrans server keys.
    ("stripe_webhook", ("whsec_",), r"whsec_[A-Za-z0-9]{32,64}(?![A-Za-z0-9])"),
    ("alibaba", ("LTAI",), r"(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])"),
    ("heroku", ("HRKU-",), r"HRKU-[A-Za-z0-9_-]{50,70}(?![A-Za-z0-9_-])"),
    ("midtrans", ("Mid-server-",), r"Mid-server-[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])"),
    # Backblaze B2 application keys: "K00" and 28 base64 characters.
    ("backblaze_b2", ("K00",), r"(?<![A-Za-z0-9+/])K00[A-Za-z0-9+/]{28}(?![A-Za-z0-9+/=])"),
    # Firebase Cloud Messaging legacy server keys: "AAAA" + 7 characters, ":APA91b", then ~134 more.
    ("firebase_fcm", ("APA91b",), r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,160}"),
    # Discord webhook URLs: the numeric webhook id, then its token.
    (
        "discord_webhook",
        ("/api/webhooks/",),
        r"discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/([A-Za-z0-9_-]{60,68})",
    ),
    # Azure AD (Entra) client secrets: three characters, a digit, "Q~", then 31-34 more.
    ("azure_client_secret", ("Q~",), r"[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}"),
    # An Azure shared access signature's sig= (an HMAC-SHA256 in base64, URL-encoded) in a SAS URL or token.
    ("azure_sas", ("?sig=", "&sig="), r"[?&]sig=((?:[A-Za-z0-9+/_-]|%2[BbFf]){30,100}(?:%3[Dd]|=){0,2})"),
    # A session cookie sent in a Cookie header (a request dump, a curl -H, a HAR's {"name": "Cookie", "value": ...}):
    # whoever holds it is logged in.
    (
        "session_cookie",
        ("Cookie:", "cookie:", 'Cookie"', 'cookie"'),
        r"(?i:cookie)(?::|[\"']?[ \t]*,[ \t]*[\"']value[\"'][ \t]*:[ \t]*[\"'])[ \t]*(?:[^\n;]{0,200};[ \t]*)?"
        r"(?i:session|sessionid|session_id|sid|connect\.sid|"
        r"[\w.-]{0,40}_session)=([A-Za-z0-9%._~+/-]{20,512}=*)",
    ),
    # RubyGems API keys (~/.gem/credentials), Tencent Cloud SecretIds, and the secret path segment of a Microsoft Teams
    # incoming webhook (.../IncomingWebhook/<32 hex>/<guid>), by their documented shapes.
    ("rubygems", ("rubygems_",), r"rubygems_[0-9a-f]{48}"),
    # Notion integration tokens, Docker Hub personal access tokens, Grafana service-account tokens, Supabase and
    # Buildkite API tokens, Shopify app tokens (access, shared secret, custom and private app).
    ("notion", ("ntn_",), r"ntn_[0-9]{11}[A-Za-z0-9]{35}"),
    ("docker_hub", ("dckr_pat_", "dckr_oat_"), r"dckr_[po]at_[A-Za-z0-9_-]{27,32}"),  # (personal and organisation)
    # LangSmith's service keys and personal tokens; Bitbucket Data Center's HTTP access tokens
    ("langsmith", ("lsv2_",), r"lsv2_(?:sk|pt)_[0-9a-f]{32}_[0-9a-f]{10}"),
    ("bitbucket_dc", ("BBDC-",), r"BBDC-[A-Za-z0-9+/]{44}"),
    ("grafana", ("glsa_",), r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}"),
    ("grafana", ("glc_",), r"glc_[A-Za-z0-9_+/-]{32,400}={0,2}"),  # Grafana Cloud access policy tokens
    # Grafana's legacy API keys: base64 of {"k":"...","n":"NAME","id":N}, so they all start eyJrIjoi
    ("grafana", ("eyJrIjoi",), r"eyJrIjoi[A-Za-z0-9]{60,400}={0,2}"),
    # Amazon Bedrock long-lived API keys (ABSK + base64 of the key id and secret), and BIP32 extended private keys
    # (xprv/tprv and the SLIP-132 y/z/u/v/Y/Z variants: base58check, 111 characters), which spend a whole wallet.
    ("aws_bedrock", ("ABSK",), r"ABSK[A-Za-z0-9+/]{100,270}={0,2}"),
    ("bip32_private", ("prv",), r"(?<![A-Za-z0-9])[xtyzuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{100,112}(?![A-Za-z0-9])"),
    ("figma", ("figd_",), r"figd_[A-Za-z0-9_-]{36,64}"),
    ("groq", ("gsk_",), r"gsk_[A-Za-z0-9]{48,56}"),
    ("xai", ("xai-",), r"xai-[A-Za-z0-9]{70,100}"),
    ("matrix", ("syt_",), r"syt_[A-Za-z0-9]{2,64}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}"),  # Synapse access tokens
    ("dynatrace", ("dt0c01.",), r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{40,64}"),
    ("tailscale", ("tskey-",), r"tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{20,64}"),
    # RPC endpoints that carry the project's key as the URL's last segment
    ("infura", ("infura.io/v3/",), r"infura\.io/v3/([0-9a-f]{32})"),
    ("alchemy", ("alchemy.com/v2/",), r"alchemy\.com/v2/([A-Za-z0-9_-]{32})"),
    ("supabase", ("sbp_",), r"sbp_[0-9a-f]{40}"),
    ("buildkite", ("bkua_",), r"bkua_[0-9a-f]{40}"),
    ("shopify", ("shpat_", "shpss_", "shpca_", "shppa_"), r"shp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}"),
    # NuGet API keys, Databricks personal access tokens.
    ("nuget", ("oy2",), r"oy2[a-z0-9]{43}"),
    ("databricks", ("dapi",), r"dapi[0-9a-f]{32}(?:-\d)?"),
    ("tencent_secret_id", ("AKID",), r"AKID[A-Za-z0-9]{32}"),
    ("teams_webhook", ("/IncomingWebhook/",), r"/IncomingWebhook/([0-9a-f]{32})/"),
    # SonarQube user, project and global analysis tokens; Okta API tokens in its SSWS authorization scheme.
    ("sonarqube", ("squ_", "sqp_", "sqa_"), r"sq[upa]_[0-9a-f]{40}"),
    ("okta", ("SSWS ",), r"SSWS[ \t]+(00[A-Za-z0-9_-]{40})"),
    # Elasticsearch's API keys in their authorization scheme: the base64 of "id:key"
    ("elastic_api_key", ("ApiKey ",), r"ApiKey[ \t]+([A-Za-z0-9+/_-]{20,512}={0,2})"),
    # Nostr's private keys (NIP-19: Bech32 after "nsec1"; "npub1" names the public key) and The Things Network's
    # API keys (NNSXS, a key id and the secret, dot-separated)
    ("nostr_nsec", ("nsec1",), r"nsec1[02-9ac-hj-np-z]{58}"),
    ("ttn_api_key", ("NNSXS.",), r"NNSXS\.[A-Z0-9]{39}\.[A-Z0-9]{52}"),
    # Firebase Cloud Messaging's registration tokens (an app instance's id, ":APA91b", then the token: whoever holds
    # one pushes to that device with the project's key) and MAAS's API keys (consumer key, token key and token
    # secret, OAuth 1's three parts joined by colons: "maas login PROFILE URL KEY")
    ("fcm_registration", (":APA91b",), r"(?<![\w-])[A-Za-z0-9_-]{11,22}:APA91b[A-Za-z0-9_-]{100,300}"),
    ("maas_api_key", ("maas", "MAAS"), r"(?<![\w:])[A-Za-z0-9]{18}:[A-Za-z0-9]{18}:[A-Za-z0-9]{32}(?![\w:])"),
    # Flutterwave's secret keys, Neon's API keys, Yandex Cloud's API keys
    ("flutterwave", ("FLWSECK",), r"FLWSECK(?:_TEST)?-[0-9a-f]{32}-X"),
    ("neon", ("napi_",), r"napi_[a-z0-9]{64}"),
    ("yandex_api_key", ("AQVN",), r"AQVN[A-Za-z0-9_-]{35,38}"),
    # Omise's secret keys, MailerSend's and SMTP2GO's API keys, crates.io's API tokens, JFrog's reference tokens
    # (the base64 of "reftkn:01:..."), YouTrack's permanent tokens, Voyage AI's API keys, Conekta's
    # private keys, and NATS nkey seeds (user, account, operator: "S" and the kind's letter, base32)
    ("omise", ("skey_",), r"skey_(?:test_)?[0-9a-z]{19,40}"),
    ("mailersend", ("mlsn.",), r"mlsn\.[0-9a-f]{64}"),
    ("smtp2go", ("api-",), r"api-[0-9A-F]{32}"),
    ("crates_io", ("cio",), r"cio[A-Za-z0-9]{32}"),
    ("jfrog_reference", ("cmVmdGtuOjAxOj",), r"cmVmdGtuOjAxOj[A-Za-z0-9+/]{40,100}={0,2}"),
    ("youtrack", ("perm:",), r"perm:[A-Za-z0-9+/=]{2,64}\.[A-Za-z0-9+/=]{2,64}\.[A-Za-z0-9]{20,40}"),
    ("voyage", ("pa-",), r"pa-[A-Za-z0-9_-]{43}"),
    ("conekta", ("key_",), r"key_[A-Za-z0-9]{20,32}"),
    ("nats_seed", ("seed", "Seed", "SEED", "nkey", "NKEY"), r"S[UAO][A-Z2-7]{56}"),  # (near its name)
    # Cerebras, Firecrawl and Apify API keys, Wompi's and Rapyd's private keys
    ("cerebras", ("csk-",), r"csk-[a-z0-9]{40,64}"),
    ("firecrawl", ("fc-",), r"fc-[0-9a-f]{32}"),
    ("apify", ("apify_api_",), r"apify_api_[A-Za-z0-9]{30,40}"),
    ("wompi", ("prv_prod_", "prv_test_"), r"prv_(?:prod|test)_[A-Za-z0-9]{24,40}"),
    ("rapyd", ("rsk_",), r"rsk_[0-9a-f]{64,128}"),
    ("gitpod", ("gitpod_pat_",), r"gitpod_pat_[A-Za-z0-9_-]{40,96}"),  # Gitpod's personal access tokens
    # Zoho's OAuth refresh and access tokens ("1000." and two hex parts), Radar's secret keys
    ("zoho", ("1000.",), r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}"),
    ("radar", ("prj_live_sk_", "prj_test_sk_"), r"prj_(?:live|test)_sk_[0-9a-f]{40}"),
    # Anyscale's API keys, Tinybird's tokens ("p." and a signed base64url claim), Transifex's API tokens ("1/" and
    # 40 hex), Convex's deploy keys (the deployment's kind and name, "|", the secret)
    ("anyscale", ("esecret_",), r"esecret_[a-z0-9]{20,40}"),
    ("tinybird", ("p.eyJ",), r"p\.eyJ[A-Za-z0-9_-]{20,1000}\.[A-Za-z0-9_-]{20,128}"),
    ("transifex", ("1/",), r"1/[0-9a-f]{40}"),
    # Runway's API keys, Tigris's access key pairs, Modal's token ids and secrets
    ("runway", ("key_",), r"key_[0-9a-f]{128}"),
    ("tigris", ("tid_",), r"tid_[A-Za-z0-9]{30,40}"),
    ("tigris", ("tsec_",), r"tsec_[A-Za-z0-9_-]{40,48}"),
    ("modal", ("ak-", "as-"), r"a[ks]-[A-Za-z0-9]{22}"),
    # CoinGecko's API keys, Murf's API keys (a UUID after "ap2_"), Retell's API keys, FireHydrant's bot tokens, and
    # the token in a QuickNode endpoint's path (the endpoint's only credential)
    ("coingecko", ("CG-",), r"CG-[A-Za-z0-9]{24}"),
    ("murf", ("ap2_",), r"ap2_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    ("retell", ("key_",), r"key_[0-9a-f]{28}"),
    ("firehydrant", ("fhb-",), r"fhb-[0-9a-f]{32}"),
    ("quicknode", (".quiknode.pro/",), r"\.quiknode\.pro/([0-9a-f]{32,64})(?=/|\s|[\"'`]|$)"),
    # Worldpay's service keys, Covalent's API keys, Monnify's API keys, an Ankr RPC endpoint's token
    ("worldpay", ("T_S_", "L_S_"), r"[TL]_S_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    ("covalent", ("cqt_",), r"cqt_[A-Za-z0-9]{26}"),
    ("monnify", ("MK_PROD_", "MK_TEST_"), r"MK_(?:PROD|TEST)_[A-Z0-9]{10}"),
    ("ankr", ("rpc.ankr.com/",), r"rpc\.ankr\.com/[a-z0-9_]{2,40}/([0-9a-f]{64})"),
    # WeCom's (WeChat Work's) group robot: the webhook URL's key is the robot's only credential
    (
        "wecom_webhook",
        ("webhook/send?key=",),
        r"webhook/send\?key=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
    ),
    # Unleash's API tokens: the project, the environment, then the secret ("default:production.<hex>", "*:*.<hex>")
    (
        "unleash",
        (":production.", ":development.", ":*."),
        r"(?<![\w*:.-])(?:\*|[a-z0-9][\w-]{0,63}):(?:production|development|\*)\.[0-9a-f]{32,64}(?![\w.-])",
    ),
    # a vendor's own scheme in an Authorization header: "Authorization: Zoho-enczapikey <key>", a client's option
    # "--http-header Authorization=OAuth <token>" (Basic, Bearer and Digest have their own rules)
    (
        "auth_scheme",
        ("Authorization:", "authorization:", "Authorization=", "authorization="),
        r"[Aa]uthorization[:=][ \t]*(?!(?i:basic|bearer|digest|negotiate|ntlm)\b)[A-Za-z][\w-]{2,30}[ \t]+"
        r"([A-Za-z0-9._~+/-]{30,2048}=*)",
    ),
    ("convex", ("prod:", "dev:", "preview:"), r"(?:prod|dev|preview):[a-z]+-[a-z]+-\d{2,4}\|[A-Za-z0-9_-]{40,128}"),
    # WireGuard: the interface's private key and a peer's pre-shared key are 32 bytes in base64 (PublicKey is not).
    (
        "wireguard",
        ("PrivateKey", "PresharedKey"),
        r"(?:Private|Preshared)Key[ \t]*=[ \t]*([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)",
    ),
    # MaxMind's licence keys (six characters, "_", 29 more, "_mmk"), Botpress's personal access tokens, Voiceflow's
    # Dialog Manager API keys (VF.DM., the 24-hex project id, then the secret) and Weglot's API keys
    ("maxmind", ("_mmk",), r"(?<![A-Za-z0-9_])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk"),
    ("botpress", ("bp_pat_",), r"bp_pat_[A-Za-z0-9]{40}"),
    ("voiceflow", ("VF.DM.",), r"VF\.DM\.[0-9a-f]{24}\.[A-Za-z0-9]{16}"),
    ("weglot", ("wg_",), r"(?<![\w-])wg_[0-9a-f]{32}"),
    # Nix's binary cache signing key, "NAME-1:" and the base64 of 64 bytes (the public half is 32: 44 characters)
    ("nix_signing_key", ("-1:", "-2:", "-3:"), r"-[123]:([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])"),
    # ReadMe's API keys and Tavily's
    ("readme", ("rdme_",), r"rdme_[a-z0-9]{70}"),
    ("tavily", ("tvly-",), r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}"),
    # Meta's (Facebook's) user and page access tokens: "EAA", the app's letter, then the random part
    ("facebook", ("EAA",), r"EAA[A-Za-z0-9]{100,255}"),
    # Docker Swarm's join tokens (the cluster CA's digest, then the secret), GitLab's runner registration tokens,
    # Neon's database passwords, CircleCI's personal API tokens
    ("docker_swarm", ("SWMTKN-1-",), r"SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}"),
    ("gitlab", ("GR1348941",), r"GR1348941[A-Za-z0-9_-]{20}"),
    ("neon", ("npg_",), r"(?<![\w-])npg_[A-Za-z0-9]{12}(?![A-Za-z0-9])"),
    ("circleci", ("CCIPAT_",), r"CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}"),
    # Square's OAuth access tokens (sq0atp-) and application secrets (sq0csp-)
    ("square", ("sq0atp-",), r"sq0atp-[A-Za-z0-9_-]{22}"),
    ("square", ("sq0csp-",), r"sq0csp-[A-Za-z0-9_-]{43}"),
    # Pentaho Kettle's "Encrypted 2be98af...": a password obfuscated with Kettle's fixed key, as good as the password
    ("kettle_encrypted", ("Encrypted 2be98af",), r"Encrypted (2be98af[0-9a-f]{13,})"),
]
# A pattern with a group reports the group (the key after "AccountKey=", the token after "Bearer "): a pattern that
# starts with its literal is searched for that literal, where a look-behind would be tried at every position.
_TOKENS = [(name, frozenset(needles), re.compile(pattern)) for name, needles, pattern in _TOKEN_FORMATS]


def matches_a_token_format(value: str) -> bool:
    """``value`` is whole in the shape of a token format that opens with its literal (that format's own checks
    judge it: a stand-in such as "ghp_A1b2C3d4...secretK1l2..." is no token, whatever its entropy)."""
    # (a literal may start one character in: stripe's "k_live_" opens "sk_live_" and "rk_live_")
    return any(
        (value.startswith(heads) or value.startswith(heads, 1)) and pattern.fullmatch(value)
        for heads, pattern in _FORMAT_HEADS_AND_PATTERNS
    )


_FORMAT_HEADS_AND_PATTERNS = [(tuple(needles), pattern) for _, needles, pattern in _TOKENS]


# The formats each literal opens, so a text runs only the patterns of the literals it holds.
_FORMATS_BY_NEEDLE: dict[str, list[int]] = {}
for _index, (_, _needles, _) in enumerate(_TOKENS):
    for _needle in _needles:
        _FORMATS_BY_NEEDLE.setdefault(_needle, []).append(_index)
# Two-letter literals occur in most files; ``in`` tests them faster than the automaton reports them.
_COMMON_NEEDLES = frozenset({"SK", "1/"})
TOKEN_NEEDLES = tuple(
    sorted({needle for _, needles, _ in _TOKEN_FORMATS for needle in needles} - _COMMON_NEEDLES | {"PRIVATE KEY"})
)
# AWS's secret access key: 40 base64 characters, printed beside its access key id (console CSV exports,
# READMEs, "AKIA...:SECRET" pairs) as often as under a name. Only searched near an id.
_AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+=_-])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=_-])")
_AWS_PAIR_WINDOW = 400
_PEM_BEGIN = re.compile(r"-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----")
_PEM_BODY_MAX = 64 << 10


# What a PEM body holds besides its base64: line breaks, written as escapes ("\n") in a string literal, quotes, spaces
_NOT_BASE64 = re.compile(r"\\n|[^A-Za-z0-9+/=\\]+|\\")


def _patterned_key_bytes(body: str) -> bool:
    """The key's last 32 bytes (an Ed25519 seed, the end of any key's DER) count up or down by one or repeat one
    byte."""
    try:
        key = base64.b64decode(_NOT_BASE64.sub("", body)[:4096], validate=True)
    except (binascii.Error, ValueError):
        return False
    tail = key[-32:]
    return len(tail) == 32 and {(second - first) % 256 for first, second in zip(tail, tail[1:])} in _COUNTING_STEPS


_COUNTING_STEPS = ({0}, {1}, {255})


def made_up_token(value: str) -> bool:
    """``xoxb-1234-1243``, ``xoxp-000000000000-0000``: a token format's prefix followed by digits only. Every
    format's generated part is random letters and digits, so one without a single letter was written by hand, as
    was one holding a long run of one character (``shpat_000...0``, ``gloas-838cfa000...000ecbb38``)."""
    return (
        not any(char.isalpha() for char in value[4:])
        or (len(value) > 20 and _FILLER_RUN.search(value) is not None)
        # (in a short one, ten: ASIATEST000000000000)
        or (len(value) <= 40 and _SHORT_FILLER_RUN.search(value) is not None)
        # (or a short unit repeated: AKIATESTTESTTESTTEST)
        or (len(value) >= 16 and is_repeated_unit(value[4:], longest=8))
    )


_FILLER_RUN = re.compile(r"(.)\1{15}")
_SHORT_FILLER_RUN = re.compile(r"([A-Za-z0-9])\1{9}")


def typed_by_hand(value: str) -> bool:
    """A value in a token format's shape that a person wrote to stand in for one: a placeholder, filler, words where
    the format has random characters, or characters that count or follow a keyboard row."""
    return (
        is_placeholder(value)
        or made_up_token(value)
        or _words_after_prefix(value)
        or _stand_in_word_inside(value)
        or says_it_stands_in(value)  # (sk-proj-MOCK_OPENAI_KEY_FOR_TESTING_PURPOSES_ONLY_0000)
        or is_patterned(value)
        # sk_live_a1B2c3D4e5F6g7H8: a format's prefix, then the alphabet and the digits typed in turn (by hand, and
        # so short: a JWT or a signed token is never typed)
        or (len(value) <= 64 and sequential_after_prefix(value))
        or _patterned_part(value)
        or (value[4:].isupper() and _STAND_IN_CAPITALS.search(value, 4) is not None)
    )


def _patterned_part(value: str) -> bool:
    """``whsec_4f8a2b1c9d6e3f7a0b5c...``: after a format's prefix, letters and digits that count or follow a keyboard
    row, typed to look random."""
    head = _FORMAT_HEAD.match(value.lower())
    body = value[head.end() :] if head else value[4:]
    return len(body) >= 16 and is_patterned(body)


# Words in an upper-case id after its prefix: AKIAFAKEKEY12345FAKE, AKIAI7YYYDNN7ANOTHER
_STAND_IN_CAPITALS = re.compile(r"FAKE|TEST|EXAMPLE|SAMPLE|DUMMY|ANOTHER|MOCK")


def _words_after_prefix(value: str) -> bool:
    """``xoxp-test-token-abc123``, ``xoxa-not-a-user-token``, ``xoxo-somethingelse``: after a format's prefix, words
    where the format puts digits or random characters (eight lower-case letters and nothing else, which a random
    draw of both cases and digits hardly gives)."""
    parts = _PREFIX_SEPARATOR.split(value[4:])
    rest = "".join(parts)
    return sum(part in _MADE_UP_WORDS for part in parts) >= 2 or (
        len(rest) >= 8 and rest.isascii() and rest.isalpha() and rest.islower()
    )


def _stand_in_word_inside(value: str) -> bool:
    """``sk_live_51H8xSECRETLEAKED``, ``sk_test_secretvalue12345678``: after a format's prefix, a word that says the
    value stands in for a secret, run together with the characters around it (five letters or more, which random
    characters spell almost never; a format's own words stand apart: ``sb_secret_...``, ``AGE-SECRET-KEY-1...``)."""
    lowered = value.lower()
    head = _FORMAT_HEAD.match(lowered)
    return head is not None and _STAND_IN_GLUED.search(lowered, head.end()) is not None


_FORMAT_HEAD = re.compile(r"[a-z0-9]{2,8}[_-](?:(?:live|test|prod|proj|api)[_-])?")
_STAND_IN_GLUED = re.compile(
    r"[a-z0-9](?:secret|example|dummy|placeholder|invalid|sample|leaked|redacted|notreal|fake|mock|another|apikey)"
    r"|(?:secret|example|dummy|placeholder|invalid|sample|leaked|redacted|notreal|fake|mock|another|apikey)[a-z0-9]"
)
_MADE_UP_WORDS = frozenset(
    "test tests token tokens not fake dummy example sample user bot secret key my your invalid placeholder".split()
)


_PREFIX_SEPARATOR = re.compile(r"[_-]")
_STAND_IN_SEPARATOR = re.compile(r"[_:-]")
# Parts of a value that say it stands in for a secret: "CANARY-SECRET-handle-...", "fake_test_token"
_STAND_IN_PARTS = frozenset(
    "canary fake dummy mock test tests testing example sample placeholder invalid not secret token".split()
)
# Words of any script joined as a name is ("여기에_3단계에서_복사한_키"), at least one of them outside ASCII
_WORDS_JOINED_ANY_SCRIPT = re.compile(r"(?=.*[^\x00-\x7f])[^\W_]+(?:[_-][^\W_]+){2,}")
# Fields named and parted by "|": "chain:8453|generation:v14|accountRuntime:0x46c9..."
_FIELD_RECORD = re.compile(r"[A-Za-z][\w.-]*:[^|\s]+(?:\|[A-Za-z][\w.-]*:[^|\s]+){2,}")


def says_it_stands_in(value: str) -> bool:
    """Two of the value's parts say that it stands in for a secret: "CANARY-SECRET-handle-...", "fake_token_Xq81"."""
    return sum(part.lower() in _STAND_IN_PARTS for part in _STAND_IN_SEPARATOR.split(value)) >= 2


def _aws_secrets_near(text: str, start: int, end: int) -> list[Finding]:
    found = []
    window_start = max(0, start - _AWS_PAIR_WINDOW)
    for match in _AWS_SECRET.finditer(text, window_start, min(len(text), end + _AWS_PAIR_WINDOW)):
        value = match.group()
        if not (
            any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)
        ):
            continue  # a 40-hex SHA-1 or a word run is not an AWS secret
        if is_placeholder(value) or not is_gibberish(value):
            continue
        found.append(Finding(match.start(), match.end(), KEY, "aws_secret_access_key"))
    return found


def _base64_head(value: str) -> bytes:
    try:
        return base64.b64decode(value[:64], validate=True)
    except (binascii.Error, ValueError):
        return b""


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]):
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of the sorted ``starts``: tried
    there only, in order, each after the previous match's end."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            end = match.end()


def _token_matches(index: int, pattern: re.Pattern, text: str, hits: dict[str, list[int]], lowered: bytes | None):
    """The matches of token format ``index``. Patterns that begin with a class the regex engine cannot search for
    are tried only where their literal is: Stripe's "[rs]k_live_" one character before "k_live_", "bearer" in any
    case where the lower-cased text holds it."""
    if index in _STRIPE_FORMATS:
        starts = sorted({hit - 1 for needle in _TOKEN_FORMATS[index][1] for hit in hits.get(needle, ()) if hit > 0})
        return _matches_at(pattern, text, starts)
    if index in _AT_NEEDLE_FORMATS:
        # a pattern that opens with a class or a case-insensitive literal: tried only at its literal's hits
        back = _AT_NEEDLE_FORMATS[index]
        starts = sorted(
            {hit - back for needle in _TOKEN_FORMATS[index][1] for hit in hits.get(needle, ()) if hit >= back}
        )
        return _matches_at(pattern, text, starts)
    if index in _BEARER_FORMATS and lowered is not None:
        starts = []
        position = lowered.find(b"bearer")
        while position >= 0:
            starts.append(position)
            position = lowered.find(b"bearer", position + 1)
        return _matches_at(pattern, text, starts)
    return pattern.finditer(text)


# Formats whose match may follow a letter or digit: a group after its literal ("AccountKey=", "Bearer "), or a
# token glued to a URL's path ("/bot123:AA...").
_GLUED_FORMATS = frozenset(
    {"slack", "azure_storage", "bearer", "telegram", "discord_webhook", "azure_sas", "session_cookie", "teams_webhook"}
    | {"nix_signing_key"}
)
# Formats tried only at their literals' hits, and how far before the literal a match starts.
_NEEDLE_OFFSETS = {"azure_client_secret": 4, "azure_sas": 0, "session_cookie": 0, "nix_signing_key": 0}
_AT_NEEDLE_FORMATS = {
    index: _NEEDLE_OFFSETS[name] for index, (name, _, _) in enumerate(_TOKEN_FORMATS) if name in _NEEDLE_OFFSETS
}
# Formats whose prefix is a common word or syllable ("cio", "pa-", "key_", "api-"): a random part tells them apart
_RANDOM_PART_FORMATS = frozenset(
    {"vault", "newrelic", "telegram", "crates_io", "voyage", "conekta", "nats_seed", "smtp2go"}
    | {"anyscale", "transifex", "modal", "coingecko", "retell", "covalent", "monnify", "tezos"}
)
_KEBAB_WORDS = re.compile(r"[a-z]{2,}(?:-[a-z]{2,}){2,}(?:-v\d{1,3})?")
_SCHEME_FORMATS = frozenset({"bearer", "auth_scheme"})  # a token after an Authorization scheme's name
_MIXED_CASE_FORMATS = frozenset({"crates_io", "voyage", "conekta", "modal"})
_STRIPE_FORMATS = frozenset(index for index, (name, _, _) in enumerate(_TOKEN_FORMATS) if name == "stripe")
_BEARER_FORMATS = frozenset(index for index, (name, _, _) in enumerate(_TOKEN_FORMATS) if name == "bearer")


_JWT_NAME_BEFORE = re.compile(
    r"""(?i)(?:jwt|token|bearer|auth\w*|credentials?|(?<![\w-])(?:refresh|access))"""
    r"""["'`]?\]?[ \t]*(?:=|:|=>|\()[ \t]*[rbuf]?["'`]?$"""
)


def _named_as_a_credential(text: str, start: int) -> bool:
    """The value at ``start`` is given to a credential's name (``jwt: '...'``, ``AUTH_TOKEN = "..."``)."""
    before = _line_before(text, start)
    return bool(_JWT_NAME_BEFORE.search(before)) or names_a_credential(before)


_BASE64_RUN_BEFORE = re.compile(r"[A-Za-z0-9+/]{40}$")


def find_tokens(text: str, hits: dict[str, list[int]] | None = None, lowered: bytes | None = None) -> list[Finding]:
    """Token formats and PEM private-key blocks; ``hits`` is ``find_needles(text, ...)`` when the caller has it,
    ``lowered`` is ``text.encode("ascii", "replace").lower()``."""
    if hits is None:
        hits = find_needles(text, TOKEN_NEEDLES)
    found = []
    formats = {index for needle in hits for index in _FORMATS_BY_NEEDLE.get(needle, ())}
    for needle in _COMMON_NEEDLES:
        if needle in text:
            formats.update(_FORMATS_BY_NEEDLE[needle])
    for index in sorted(formats):
        source, _, pattern = _TOKENS[index]
        for match in _token_matches(index, pattern, text, hits, lowered):
            start, end = match.span(1 if pattern.groups else 0)
            # "_" separates words in file names and identifiers (app/key_AKIA....py), so only a letter or digit
            # glued to the match makes it part of a longer word.
            if start > 0 and text[start - 1].isalnum() and source not in _GLUED_FORMATS:
                continue
            if (
                text[start - 1 : start] in ("+", "/")
                and text[end : end + 1] in ("+", "/", "=")
                and _BASE64_RUN_BEFORE.search(text, max(0, start - 40), start)
            ):
                continue  # "...AAe0/EAAAH9An4.../ekB...": a format's prefix by chance inside base64 (an embedded font)
            if source in _RANDOM_PART_FORMATS and text[start - 1 : start] == "_":
                continue  # "ph_live_example_key_5Kq2...": a common word's prefix inside a longer name, not a format's
            if end < len(text) and text[end].isalnum():
                continue
            value = text[start:end]
            if source == "transifex" and start > 0 and text[start - 1] in "/.":
                continue  # ".../objects/1/<sha>": a path's segments, a number and an object's hash
            if source == "azure_sas" and "sv=" not in text[max(0, start - 400) : start]:
                continue  # a SAS token names its service version (sv=) before its signature
            if source == "session_cookie" and not (
                any(char.isdigit() for char in value) and (is_gibberish(value) or scattered_digits(value))
            ):
                continue  # session=deleted, session=your-session-cookie: no one's session
            if source == "openai" and _KEBAB_WORDS.fullmatch(value, 3):
                continue  # "sk-learn-pipeline-classifier-utils-v2": a name of words, no key
            if source == "openai" and (
                not any(char.isdigit() for char in value)
                or len(value) < 32
                or (_LOWER_HEX.fullmatch(value, 3) and _FILE_EXTENSION.match(text, end))
            ):
                # CSS classes and slugs such as "sk-learn-estimator-name"; "sk-5925db5b....json", a Slovak
                # translation's file named by its hash (Baichuan's keys are "sk-" and hex too, never a file's name)
                continue
            if source in _SCHEME_FORMATS and (not any(char.isdigit() for char in value) or is_encoded_text(value)):
                continue
            if source in _SCHEME_FORMATS and value.startswith("eyJ") and "." not in value:
                continue  # "Bearer eyJhbGciOiJSUzI1NiIs...": a JWT's header alone, or its first literal of several
            if source in _RANDOM_PART_FORMATS and not (
                any(char.isdigit() for char in value[5:]) and any(char.isalpha() for char in value[5:])
            ):
                continue  # "hvs.your-vault-token-goes-here": a random token mixes letters and digits
            if source in _MIXED_CASE_FORMATS and (value[3:].islower() or value[3:].isupper()):
                continue  # key_generation_parameters_for_tests, a CIO_...: words, where a key mixes both cases
            if source == "private_key_base64" and b"PRIVATE KEY" not in _base64_head(value):
                continue
            if source == "jwt" and (prefix := _JWT_PREFIX_BEFORE.search(text, max(0, start - 11), start)):
                start = prefix.start()  # nbwt_eyJ...: a vendor's prefix glued to the JWT is part of the secret
            if (
                source in ("jwt", "bearer")
                and value.startswith("eyJ")
                and (is_jwt_without_claims(value) or has_made_up_signature(value))
            ):
                # a library's test vector ({"a": "b"}), signing no identity or permission, also when sent as a
                # bearer token; one signed "not-a-real-signature" says itself it is made up
                continue
            if source == "jwt" and is_jwt_without_subject(value) and not _named_as_a_credential(text, start):
                continue  # ("eyJ...eyJleHAiOjk0NjY4NDgwMH0...", ...): an encoder's expected output, no one's token

            if (
                typed_by_hand(value)
                or (source in _SCHEME_FORMATS and not is_gibberish(value))
                or _base64_of_prose(value)  # whsec_ and the base64 of "secret-one-for-the-tests"
            ):
                continue
            found.append(Finding(start, end, KEY, source))
            if source == "aws_access_key_id":
                found += _aws_secrets_near(text, start, end)
    if "PRIVATE KEY" in hits:
        # The whole block, markers included, as BigCode's labels and detect-secrets' PrivateKeyDetector see it;
        # a block whose body is a placeholder ("...", "<key>") is documentation.
        for match in _PEM_BEGIN.finditer(text):
            end_marker = f"-----END {match.group(1)}PRIVATE KEY"
            body_end = text.find(end_marker, match.end(), match.end() + _PEM_BODY_MAX)
            if body_end < 0:
                continue
            stripped = text[match.end() : body_end].strip(" \t\r\n\"'\\n")
            # (the shortest private key, Ed25519's in PKCS #8, is 64 characters of base64; fewer is a stand-in)
            if sum(char.isalnum() for char in stripped[:200]) < 56 or is_placeholder(stripped):
                continue
            if is_repeated_unit("".join(stripped[:200].split())[:96]) or _repeated_chunk(
                "".join(stripped[:256].split())
            ):
                # a body of "s3cr3t" repeated (docs showing where the key goes), "CANARYPRIVATEKEYCANARY...": filler
                continue
            if _patterned_key_bytes(stripped):
                continue  # an Ed25519 seed of bytes 01, 02, 03...: a test's stand-in for a key's shape
            if any(("(" in line or ")" in line) and ":" not in line for line in stripped.splitlines()):
                # assertions on the markers of a generated key ('-----BEGIN ...', output): code, no body (an
                # armour header may hold parentheses: "Version: GnuPG v2 (GNU/Linux)")
                continue
            close = text.find("-----", body_end + len(end_marker), body_end + len(end_marker) + 16)
            end = close + 5 if close >= 0 else body_end + len(end_marker)
            found.append(Finding(match.start(), end, KEY, "private_key"))
    return found


# ----------------------------------------------------------------- assignments and URLs
# Found with one automaton pass over the lower-cased bytes: an IGNORECASE regex alternation scans at ~9 MB/s,
# bytes.find per keyword at ~100 MB/s.
_KEYWORDS = (
    b"pass", b"pw", b"psw", b"psk", b"secret", b"token", b"key", b"cred", b"salt", b"pepper",
    # the word in other languages, as names: DB_SENHA=..., kennwort: ..., contrasena = "..."
    b"senha", b"kennwort", b"contrasena", b"wachtwoord", b"haslo", b"salasana", b"losenord",
    # a wallet's seed words
    b"mnemonic", b"seed_phrase", b"seedphrase", b"recovery_phrase",
    # a personal access token's initials as a name's last word (GITHUB_PAT); most hits are "_path", skipped early
    b"_pat", b"-pat", b"xauth", b"jwt",
    # (a dotted name's last part only before its separator: ".pat" alone would stop at every os.path)
    b".pat ", b".pat=", b".pat:",
    b"_cookie",  # (the Erlang distribution's: distributed_cookie, RELEASE_COOKIE)
    b"authtok",  # (PAM's and SSSD's: ldap_default_authtok)
    b"redis_auth", b"redisauth",  # (Moodle's and Totara's session_redis_auth: the server's password)
    b"rcon", b"gslt", b"macaroon",  # (a game server's console password and login token; LND's macaroons)
)  # fmt: skip
_PAT_KEYWORDS = (b"_pat", b"-pat", b".pat")
KEYWORDS = _KEYWORDS
# "pass" and "pw" alone name a password only as the name's last word (db_pass, smtpPass, PASS2, rootpw): inside a
# name "pass" is the compiler's or the filter's pass (backward_pass_autocast, pre_grad_pass_timing, pass_zero).
_SECRET_NAME = re.compile(
    r"pass_?(?:word|wd|phrase|wort|code|key)(?![a-z])|pass(?=\d*$)|pwd|pw(?=\d*$)|pswd(?=\d*$)|(?<![a-z])pword|psk(?=\d*$)|"
    # PAM's and SSSD's authentication token, the password they bind with (ldap_default_authtok)
    r"authtok$|"
    # the password of an LDAP bind, beside its DN (DAViCal's 'passDN'); a one-time password token's seed (LinOTP's
    # otpkey), which generates every code the token shows
    r"pass[_-]?dn$|(?<![a-z])[th]?otp[_-]?key$|"
    # the password Redis asks for (Moodle's session_redis_auth)
    r"redis[_-]?auth$|"
    # a role's password with the role last (Arma's and DayZ's passwordAdmin, password_root)
    r"pass_?(?:word|wd)[_-]?(?:admin|root|master|rcon)$|"
    # a game server's remote console password named alone (a launch script's RCON='...'), and the Steam game server
    # login token it registers with (GSLT=...)
    r"(?<![a-z])rcon$|(?<![a-z])gslt$|"
    # a Lightning node's macaroon in hex (LND_REST_MACAROON): a bearer credential for the node's API
    r"macaroon$|"
    r"senha|kennwort|contrasena|wachtwoord|haslo|salasana|losenord|"
    # IKE pre-shared keys and routing protocols' MD5 keys (Junos authentication-key)
    r"(?:pre[_-]?)?shared[_-]?key|authentication[_-]?key|"
    # ipsec.secrets' XAUTH entries: "ID : XAUTH "password""; a Windows WLAN profile's <keyMaterial> (the network's
    # passphrase, or its key in hex)
    r"(?<![a-z])xauth$|(?<![a-z])keymaterial$|"
    r"secret|token|"
    r"api[_-]?key|apikey|access[_-]?key|auth[_-]?key|authori[sz]ation[_-]?key|private[_-]?key|client[_-]?key|"
    r"credentials?|signing[_-]?key|"
    r"encryption[_-]?(?:[a-z]+[_-]?)?key|master[_-]?key|session[_-]?key|licen[cs]e[_-]?key|account[_-]?key|"
    r"app(?:lication)?[_-]?key|"
    # keys that hold a privilege by their name (Algolia's admin key, FCM's server key, a service's write key)
    r"(?:admin|root|server|service|write)[_-]?key|"
    # an HMAC's key signs, as a password would (not its digest: hmac_sha256, hmac_value)
    r"hmac[_-]?key|"
    # an RTMP stream key: whoever has it broadcasts on the channel
    r"stream[_-]?key|"
    # a personal access token by its initials (AZURE_DEVOPS_EXT_PAT, GITHUB_PAT), as the name's last word
    r"(?:^|[_.-])pat\d*$|"
    # a wallet's seed words (BIP39): the key they derive
    r"mnemonic|seed[_-]?phrase|recovery[_-]?phrase|"
    # a JSON Web Token given to a client (SLURM_JWT): a bearer credential
    r"(?:^|[_.-])jwt\d*$|"
    # the Erlang distribution's shared cookie (VerneMQ's distributed_cookie, RabbitMQ's, Elixir's RELEASE_COOKIE):
    # any node that knows it joins the cluster and runs code there
    r"(?:distributed|distribution|erlang|release|node)[_.-]?cookie$"
)
# Names that contain a keyword but do not hold a secret (tokenizer, author, bypass, password_file, public_key ...).
_NOT_SECRET_NAME = re.compile(
    r"tokeni[sz]|tokens?_?(?:count|type|ids?|len|num|index|start|end|pos|kind|list|stream|class)|bypass|compass|"
    # a licence's SPDX identifier (spdx_license_key: GPL-2.0-only)
    r"spdx|"
    # a file format's magic bytes (PASSPHRASE_MAGIC = b"PHS1": the header a ciphertext starts with); a linkable ring
    # signature's key image (public, published with every signature)
    r"magic$|key_?images?$|"
    # words that end in "pass" (an alarm's TRESPASS state, a road's overpass, a render pass's subpass) and Apache's
    # password file's name; a map of a key's fields (PIV's authentication_key_map)
    r"trespass|overpass|underpass|subpass|htpasswd|(?:key|password|token|secret)_?map$|"
    # anti-forgery tokens are published in the pages they protect
    # (the server's secret that signs them is one: WTF_CSRF_SECRET_KEY)
    r"(?:csrf|xsrf)(?![_-]?secret)|authenticity|"
    r"passthrough|pass_through|passenger|passive|passing|passed|passes|secretary|getpass|getpw|"
    # an optical filter's band (BandPass="Visible"), a password manager's item named (onepassword_item)
    r"(?:band|high|low|all)pass|onepassword|1password|"
    r"(?:next|page|paging|pagination|continuation|continue|starting|request|idempotency|sync|cursor|resume|"
    # (a WhatsApp flow's token: an opaque id the business passes to its own flow)
    r"flow|"
    # (an optimistic lock's token, a change's, a log page's: AWS's LockToken, ChangeToken, nextForwardToken)
    r"lock|change|forward|backward|update|work[_-]?unit|"
    # tokens published or documented as no secret: a domain's verification token goes in a public DNS TXT record,
    # AWS KMS's grant tokens are "not secret" by its documentation
    # (and a TXT record's token: dns_txt_token = "acme-domain-verification=...")
    r"lifecycle[_-]?action|verification|grant|(?<![a-z])txt)[_-]?token|"
    # a key into a cache (botocore's cache_key, cached_creds_key: a digest of the request), and the ciphertext of a
    # key (NTLM's EncryptedRandomSessionKey, a wrapped key): neither is the key itself
    # (memcache_secret_key: the secret that signs the cache's entries, a key; TILE_CACHE_PURGE_KEY: the key a
    # cache's purge requests carry)
    r"cached?[_-]?(?!secret|purge)(?:[a-z]+[_-]?)?key$|(?:encrypted|wrapped)[a-z_-]*key$|"
    # keys of data: a lookup's, a table's, a sort's (DynamoDB's hash and range keys), an object's in a bucket
    r"(?:lookup|sort|partition|foreign|row|composite|object|idempotency|s3)[_-]?key$|"
    # where a secret is served, not the secret: Kerberos's kpasswd_server, a password server's host; a token's
    # contract address on a chain (token_address); Drone's and Woodpecker's from_secret, which names a CI secret
    r"(?:server|host|hostname|address)$|from_secret$|"
    # the stored hash of a password (hashed_password = "fakehashedsecret"): what is kept instead of it
    r"hashed[_-]?pass|"
    r"(?:url|uri|path|file|filename|dir|prompt|type|field|label|length|len|size|name|env|var|header|policy|"
    # ("min" as in a minimum, not the end of "admin": PASSWORD_ADMIN holds the admin's password)
    r"regex|re|pattern|hint|message|msg|error|format|fmt|count|(?<!ad)min|max|validator|hashers?|reset|required|"
    r"changed|input|placeholder|help|title|text|class|style|mode|endpoint|method|location|expires?|expiry|"
    r"timeout|ttl|cache|store|storage|kind|index|column|param|arg|option|flag|strength|"
    # a password policy's settings (password_lockout_period, PASSWORD_MAX_ATTEMPTS, passwordComplexity)
    r"period|duration|interval|lockout|attempts|retries|complexity|lifetime|"
    # ("at" of created_at, expiresAt, not of a personal access token's "_pat")
    r"manager|provider|generator|handler|backend|service|limit|(?<![_.-]p)(?<!^p)at|id|ids|func|fn|callback|"
    r"widget|entry|button|form|dialog|prompt|check|checker|encoder|decoder|parser|lexer|cls|obj|attr|keyword|"
    # (a page's element the password is typed into: password_next_selector="input[id=...]")
    r"mechanism|scheme|algorithm|algo|alg|enc|encoding|charset|template|view|route|selector|redirect|"
    # how secrets are protected, not one: PostgreSQL's password_encryption = 'scram-sha-256', token_hashing
    r"encryption|hashing|"
    # a stored hash under the password's name: qBittorrent's Password_PBKDF2, Rails' password_digest
    r"pbkdf2|bcrypt|scrypt|argon2(?:i|d|id)?|sha\d{0,3}|md5|digest|"
    # a key's description, not its material (KMS's KeySpec "ECC_NIST_P521", KeyUsage, KeyState), and a colour
    # (TOKEN_COLOR = "\x1b[91m": an ANSI escape)
    r"spec|usage|state|status|colou?r|"
    # where a secret is read from or kept, not the secret: docker login --password-stdin, DB_PASSWORD_REF:
    # secretKeyRef:..., and a password's bookkeeping (Active Directory's pwdLastSet, ntPwdHistory)
    r"stdin|ref|reference|history|last[_-]?set|"
    # the realm an htpasswd file's users log in to (REGISTRY_AUTH_HTPASSWD_REALM), named like the file
    # an SRP or PAKE exchange's proof (PASSWORD_PROOF = b"\x04" in HomeKit's TLV types): derived, not typed
    r"realm|proof|"
    # when a token expires or a password was last used, what a token's value starts with
    r"expiration|time|date|timestamp|used|prefix|suffix|"
    # where a secret comes from (passphrase_source = "dotenv"), and the codes of errors about one
    # (ENC_PASSPHRASE_ALG_UNSUPPORTED: "error", TOKEN_MISSING)
    r"source|unsupported|invalid|mismatch|missing|incorrect|failed|failure|unavailable|exceeded)s?$"
)
# The id of a cloud credential is itself one (AWS's access key id, a service account's private_key_id, Backblaze
# B2's application key id).
_KEY_ID_NAME = re.compile(r"(?:private|access|secret|api|signing|application)[_-]?key[_-]?id$")
# Configuration constants ending in _KEY or _SALT (WordPress's AUTH_KEY ... NONCE_SALT, Flask-Security's
# SECURITY_PASSWORD_SALT), and camelCase or snake_case names ending in Key (C++'s kDebugKey, PowerShell's
# $storageKey, storage_key) hold secrets when their value is generated key material; CACHE_KEY = "users" does not.
# (and the ids that pair with such keys: ALPACA_KEY_ID, AlpacaKeyID, exoscale_key_id)
_CONSTANT_KEY_NAME = re.compile(
    r"[A-Z][A-Z0-9_]*_(?:KEY|SALT|PEPPER)(?:_ID)?|(?:[A-Za-z][A-Za-z0-9]*)?Key(?:ID|Id)?|[a-z][a-z0-9_]*_key(?:_id)?|[Kk]ey|KEY|"
    # (and Lisp's and Clojure's keywords, YAML's and a CLI's names, joined by hyphens: :sportradar-key "...")
    r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-key|"
    # (a server's salt kept in its settings, a pepper: Wakapi's password_salt, Castopod's analytics.salt,
    # privacyIDEA's PI_PEPPER, Cloudreve's HashIDSalt)
    r"[a-z][a-z0-9_]*_(?:salt|pepper)|[A-Za-z][A-Za-z0-9]*(?:Salt|Pepper)|[Ss]alt|[Pp]epper|"
    # (or run together in one case, as Flyspray's cookiesalt, Mahara's passwordsaltmain, Restyaboard's SECURITYSALT)
    r"(?i:(?:cookie|password|passwd|site|secret|auth|session|security|crypt|token|app)salt(?:main)?)"
)
# A key's id, or an access key (whose "key" is the id that pairs with a secret), as the name before a value
_KEY_ID_BEFORE = re.compile(r"(?i)key[_-]?id\W*$")
_ACCESS_KEY_NAME_BEFORE = re.compile(r"(?i)(?:key[_-]?id|access[_.-]?key)\W*$")
# An access key's id as vendors issue them: upper-case letters and digits (Alpaca's AK..., Confluent's), or a
# vendor's upper-case prefix before hex (Exoscale's EXO...). A letter past F tells it from a hex digest.
# (or AWS's own twenty characters of base32, a digit among them: "AKJ6HLCJTWSUKDUEU2BQ")
_ACCESS_KEY_ID = re.compile(
    r"(?=[^G-Z]*[G-Z])(?=(?:\D*\d){3})[A-Z0-9]{16,40}|[A-Z]{2,5}[0-9a-f]{20,40}|(?=\D*\d)[A-Z2-7]{20}"
)
# The rest of a command line's word: "--pass=D4ppl3,54" is one value, commas and all
_SHELL_WORD_REST = re.compile(r"[^\s\"'`;|&<>()]*")
# An S3-compatible store's secret on the line after its key: "key: ...\nsecret: ..."
_SECRET_LINE_AFTER = re.compile(
    r"""["']?[ \t]*\r?\n[ \t]*["']?(?i:secret|secret_key|secret_access_key)["']?[ \t]*[:=]"""
)
# A name that is the word "key" alone (key = ..., --key ..., encrypted.api.key=...), quoted or not.
_BARE_KEY_NAME = re.compile(r"""(?:^|[^\w-])(?:[Kk]ey|KEY)["'\]]*[ \t]*(?:=|:|=>)?[ \t]*["']?$""")
# Key material in base64: both cases and digits, no separator but base64's own ("+", "/", "_", "-").
_BASE64_KEY_MATERIAL = re.compile(r"(?=[^\n]*[A-Z])(?=[^\n]*[a-z])(?=[^\n]*\d)[A-Za-z0-9+/_-]{32,}={0,2}")
_PRIVATE_KEY_HEX = re.compile(r"0x[0-9a-fA-F]{64}")
_MIXED_CASE_AND_DIGIT = re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)")
_SECRET_KEY_NAME_END = re.compile(r"""(?i)secret[_-]?key["'\]]*[ \t]*(?:=>|=|:)[ \t]*["']?$""")
# Twelve to twenty-four lower-case words: a BIP39 mnemonic.
_MNEMONIC = re.compile(r"[a-z]{3,8}(?: [a-z]{3,8}){11,23}")
# A value that says it is a secret key by its prefix (Stripe's, RevenueCat's, Clerk's, Paystack's sk_..., rk_...).
_SECRET_KEY_PREFIXED = re.compile(r"(?:sk|rk)_(?:(?:live|test|prod)_)?[A-Za-z0-9]{20,}")
_PASSWORD_NAME = re.compile(
    r"pass|pwd|pw(?![a-z])|pswd|pword|psk|authtok(?![a-z])|senha|kennwort|contrasena|wachtwoord|haslo|salasana|losenord|"
    r"pre[_-]?shared[_-]?key|authentication[_-]?key|xauth|(?<![a-z])keymaterial$|redis[_-]?auth$|(?<![a-z])rcon$"
)
# A name that starts with a verb or a question about a secret is a flag or an option (ask_pass, update_password,
# use_token, is_password): its value says whether or how, never the secret. Calls (update_password("...")) are
# setters and keep their verb.
_FLAG_NAME = re.compile(
    r"(?:^|[_-])(?:ask|prompt|update|change|check|verify|validate|use|enable|disable|allow|remember|show|hide|force|"
    r"expire|forgot|has|is|no|skip|should|needs?)[_-]?(?:pass|pw|secret|token|key|cred)"
)
# Letters and digits (a symbol too) that no switch's value has: "Lilaccobble3175=", not "true", "1", "required"
_TYPED_PASSWORD_SHAPE = re.compile(r"(?=[^\d\n]*\d)(?=[^A-Za-z\n]*[A-Za-z])[^\s]{6,64}")
# Key material written in hex or base64 and decoded where it is assigned: bytes.fromhex("..."),
# binascii.unhexlify(b"..."), base64.b64decode("..."), PHP's hex2bin('...'), Node's Buffer.from('...', 'hex'); and
# CodeIgniter's "hex2bin:" prefix, which its settings decode
_DECODING_CALL = (
    r"bytes\.fromhex|(?:binascii\.)?(?:unhexlify|a2b_hex|a2b_base64)|base64\.(?:urlsafe_|standard_)?b64decode"
    r"|hex2bin|base64_decode|Buffer\.from|Convert\.FromBase64String|(?:hex|base64)::decode"
)
_DECODED_VALUE = re.compile(r"[ \t]*[:=][ \t]*(?:" + _DECODING_CALL + r")\(")
_ENCODING_PREFIXES = ("hex2bin:",)
# A literal given through a grouping parenthesis or a conversion that returns it: password = ("..."), str("..."),
# String::from("..."), "...".to_string() needs none, Go's []byte("..."), Terraform's sensitive("..."), pydantic's
# SecretStr("..."), Rust's Some("..."). A call of any other name (getpass("Password: "), os.environ.get("PW"))
# takes an argument, not the value.
# (or Ansible's "!unsafe" tag, which keeps a string from templating: password: !unsafe '...')
_WRAPPER = (
    r"(?:!unsafe[ \t]+(?=[\"'])"
    r"|(?:str|bytes|unicode|String(?:::from)?|new[ \t]+String|\[\]byte|Secret(?:Str|String|Bytes)?|sensitive|Some"
    r"|" + _DECODING_CALL + r")?"
    r"\([ \t]{0,4}(?:\r?\n[ \t]{0,16})?)?"
)
# After the name: a closing quote and bracket (config['SECRET_KEY'] = ...), Markdown emphasis (**Password:**), a
# type annotation, the operator, then a quoted or bare value. ":-" is the shell's default (${DB_PASSWORD:-value});
# "is", "was" and "->" only count in prose ("the password is ..."). A quoted value runs to its own closing quote, so
# it may hold the other quote characters and escaped ones ('it\'s').
_OPERATOR_AND_VALUE = (
    # (Odin's and Jai's constants: NAME :: "...")
    # (a plain text's dot leader: "SFTP password .. VALUE"; APL's and BQN's arrows: pass ← "...")
    r"""\*{0,2}[ \t]{0,40}(?P<op>::(?=[ \t]*["'`])|\.{2,}(?=[ \t])|:=|:-|\?=|\+=|=>|==|<-|->|←|⇐|=|:|,|\("""
    r"""|(?:is|was)(?=[ \t])|[ \t])"""
    r"""[ \t]{0,8}"""
    # (an adverb after the copula: "the broker password is now VALUE")
    r"""(?:(?:(?<=is[ \t])|(?<=was[ \t]))(?:now|still|currently)[ \t]+)?"""
    r"""(?:\*{1,2}[ \t]{0,4})?"""
    r"(?:"
    + _WRAPPER
    + r'(?:[rbuf]{0,2}|@|N(?=\'))(?:"""(?P<tdq>[^"\\\n]{1,512})"""|\'\'\'(?P<tsq>[^\'\\\n]{1,512})\'\'\''
    r'|"(?P<dq>[^"\\\n]{0,512}(?:\\.[^"\\\n]{0,512}){0,8})"'
    r"""|'(?P<sq>[^'\\\n]{0,512}(?:\\.[^'\\\n]{0,512}){0,8})'|`{1,2}(?P<bq>[^`\n]{1,512})`{1,2})"""
    # a string inside a string: "{\"password\":\"...\"}" (JSON in a Java or C# literal, a HAR's postData)
    r'|\\"(?P<edq>[^"\\\n]{1,512})\\"'
    r"""|(?P<bare>[^\s"'`,;)}]{1,512}))"""
)
_ASSIGNED_VALUE = re.compile(
    # config['PASSWORD'] = ..., char passwd[] = ..., Perl's $cfg{Password} = ..., Nagios's $USERPASSWORD$=...
    r"""(?:\\?["'`]\]?|\]|\[\d*\]|\}|\$)?"""
    # password: str = ..., Rust's PASSWORD: &'static str = ..., Dim password As String = ...,
    # Go's var password string = ..., Zig's password: []const u8 = ..., Ada's Password : constant String := ...;
    # COBOL's 05 WS-PASSWORD PIC X(8) VALUE '...'.
    r"""(?:(?:[ \t]{0,4}:[ \t]{0,4}&?(?:'[a-z]+[ \t]+)?(?:[\[\]*?]{1,6}(?:const[ \t]+)?|constant[ \t]+)?"""
    r"""[A-Za-z_][\w.<>\[\]|?]{0,30}"""
    r"""|[ \t]+[Aa]s[ \t]+[A-Za-z_][\w.]{0,30}|[ \t]+(?:string|\[\]byte))"""
    # (and ABAP's CONSTANTS c_password TYPE string VALUE '...'.)
    r"""(?=[ \t]{0,4}:?=[^=>])|[ \t]+(?:PIC(?:TURE)?[ \t]+[\w()$.-]{1,20}|(?i:type)[ \t]+[\w-]{1,30})"""
    r"""[ \t]+(?i:value)(?=[ \t]+['"]))?""" + _OPERATOR_AND_VALUE
)
# Config files have no type annotations: in "POSTGRES_PASSWORD: maple=564?maple" the value is all after ": ".
# (a qualifier after the name: pmacct's "sql_passwd[border]: ..." for one plugin, Sakai's
# "password@javax.sql.BaseDataSource=..." for one bean)
_CONFIG_VALUE = re.compile(
    r"""(?:\\?["'`]\]?|\]|\[[\w.-]{1,40}\]|@[A-Za-z][\w.]{0,80}(?==)|\}|\$)?""" + _OPERATOR_AND_VALUE
)
# A literal default after a look-up or a variable: process.env.API_KEY || "...", os.getenv("PW") or "...", the
# literal on the next line after the operator (Elixir's System.get_env("SECRET_KEY_BASE") ||\n "...").
_FALLBACK_VALUE = re.compile(
    r"""(?:["'`]?\]?\)?[ \t]{0,4}(?:\|\||\?\?|\bor\b)|["'`]\)[ \t]{0,4}\{)"""  # Ruby: ENV.fetch("PW") { "..." }
    r"""(?:[ \t]{0,4}|[ \t]*\r?\n[ \t]*)[rbuf]{0,2}(?P<q>["'`])(?P<quoted>[^"'`\n]{1,512})(?P=q)"""
    # (not a kind of secret named in prose: "never expose secret or `service_role` keys")
    r"""(?![ \t]+(?:keys?|tokens?|secrets?|credentials?|passwords?)\b)"""
)
# A name around a keyword, on the lower-cased bytes (read backwards on a reversed window for its start).
_NAME_RUN = re.compile(rb"[a-z0-9_.\-]{0,60}")
_IDENTIFIER_LIKE = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(.*)?")
_FIELD_NAME_LIKE = re.compile(r"[A-Za-z_]+")
_CALLEE = re.compile(r"([A-Za-z_$][\w$]*)\([ \t]*$")
# A call whose earlier arguments are string literals, up to the comma before the one in hand.
# (or a type's constant: BuildKonfig's buildConfigField(STRING, "NAME", "..."); Groovy calls without parentheses:
# buildConfigField "String", "NAME", "...")
_SETTER_WITH_ARGUMENTS = re.compile(
    r"""([A-Za-z_$][\w$]*)(?:\(|[ \t]+)(?:[ \t]*(?:"[^"\n]*"|'[^'\n]*'|[A-Za-z_][\w.]*)[ \t]*,)+$"""
)
# Calls whose argument after a secret's name is that secret: a setter or definer (PHP's define("DB_PASSWORD",
# "...")), or a look-up's hard-coded fallback (os.environ.get("PW", "...") holds the password whenever the
# variable is unset).
_SETTER = re.compile(
    r"^(?:set|with|use(?!r)|put|add|update|define)|^(?:get|getenv|fetch|setdefault|getordefault|env|default|param)$"
    # a request builder's named parts: Gatling's formParam("password", "..."), header("X-Api-Key", "...")
    r"|^\w*(?:param|header|field)$"
    # helpers that hash or check the plaintext they are given: make_password("..."), check_password("..."),
    # dnsdist's hashPassword("...")
    r"|^(?:make|check|verify|encrypt)$|^hash"
)
# Verbs of a look-up, whose argument says where the secret is, never the secret (get_password("key.pem"))
_GETTERS = frozenset("get getenv fetch env default getordefault".split())
_PORT_MAPPING = re.compile(r"[\d.:/a-z-]+")
# A source file's line, as reviews and tracebacks cite it
_FILE_LINE = re.compile(
    r"[\w/.-]*\.(?:py|js|ts|tsx|jsx|go|rs|rb|java|kt|c|cc|cpp|h|hpp|cs|php|sh|md|ya?ml|toml)"
    r":\d{1,6}(?:[-:]\d{1,6})?"
)
_OPENED_CALL = re.compile(r"[A-Za-z_][\w.]*\(")
# An Algolia application's id: ten upper-case letters and digits under the application's name
_ALGOLIA_APP_ID = re.compile(r"""(?i:app(?:lication)?[_-]?id)["']?[ \t]*[:=][ \t]*["']?[A-Z0-9]{10}(?![\w-])""")
_HEX_32 = re.compile(r"[0-9a-f]{32}")
_SEARCH_WORD = re.compile(r"(?i)index_?name|search")
_SEARCH_KEY_NAMES = frozenset("apikey api_key search_key searchkey search_api_key searchapikey".split())


def algolia_search_key(text: str, value_start: int, value_end: int, name: str) -> bool:
    """DocSearch's and Algolia's search-only key, 32 hex under a plain API key's name beside the application's id
    and a search's words (an index's name, "search"): every page that searches sends it. Admin and write keys are
    named so; a client built with an application's id and a key alone holds the admin key as often."""
    window = max(0, value_start - 200), value_end + 200
    return (
        name.lower() in _SEARCH_KEY_NAMES
        and _HEX_32.fullmatch(text, value_start, value_end) is not None
        and _ALGOLIA_APP_ID.search(text, *window) is not None
        and _SEARCH_WORD.search(text, *window) is not None
    )


# A name that holds a user and a password together, and a user's name as such pairs write it
# (not a user's password, "RootUserPassword": the pair's name joins both, USERNAME_AND_PASSWORD, USER_PASS, userpass)
_USER_AND_PASSWORD_NAME = re.compile(r"(?i)user(?:name)?(?:[_-]?and[_-]?pass(?:word)?|[_-]?pass)(?![a-z])")
_USER_NAME_SHAPE = re.compile(r"[A-Za-z][\w.@-]{0,63}")
_UPPER_SNAKE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
# The host may be a template's field: postgres://app:...@${host}/db, "mysql://root:...@%s/db".
# Lower-case words naming a field (user, appid, master_key, api_key): what a URL's syntax puts in the slot.
_FIELD_NAME_WORDS = re.compile(
    r"(?:[a-z]+_)?(?:user|username|userid|appid|app_id|id|key|apikey|api_key|master_key|token|login|account|name)"
    r"|(?:aws_)?secret_access_key|secret_key|access_key"  # (test_secret_access_key is a test's own value)
)
# (the user may be a mailbox left unencoded: smtp://ops@corp.example:PASSWORD@host)
# A file that holds the credential, named where a URL's password goes (aiosmb's and minikerberos's URLs)
_CREDENTIAL_FILE = re.compile(r"[\w.-]{1,200}\.(?:pem|key|keytab|ccache|kirbi|pfx|p12|crt|cer|der|jks)", re.IGNORECASE)
_URL_SCHEME_BEFORE = re.compile(r"[A-Za-z][\w+.-]*$")
# Schemes whose secret is a password's hash or a derived key (NT hash, RC4 or AES Kerberos keys), not the password
_HASH_SCHEME = re.compile(r"[+-](?:nt|rc4|aes|aes128|aes256|nthash)$", re.IGNORECASE)
_URL_CREDENTIALS = re.compile(
    r"://([^\s:/@'\"<>]{0,256}(?:@[A-Za-z0-9.-]{1,253})?):([^\s/@'\"<>]{1,256})@[A-Za-z0-9\[$%{]"
)
# A line of prose inside code or config: a comment, a Markdown list item or quote.
# (a C preprocessor directive's "#" opens code: #define WIFI_PASS "...")
_COMMENT_START = re.compile(
    r"[ \t]*(?:#(?!define\b|undef\b|ifn?def\b|if\b|elif\b|pragma\b)|//|/\*|\*|--|;|<!--|%|>|[-+][ \t])"
)
# A bare value inside a key=value string: a connection string ("Server=db;User Id=sa;Password=..."), a URL query
# ("?user=app&password=...", or a fragment's "#access_token=..."), libpq's "host=db user=app password=...".
_KEY_VALUE_STRING = re.compile(r"(?:[;&?#,]|[A-Za-z_][\w-]*=[^\s\"'=]+[ \t]+)[ \t]*$")


# A list item's bullet with nothing before the name after it: the item is the setting that follows
_SETTING_ITEM = re.compile(r"[ \t]*[-+][ \t]+")
# Files of prose, where every line reads as text.
PROSE_EXTENSIONS = frozenset("md markdown rst txt text adoc asciidoc org textile tex".split())
MARKUP_EXTENSIONS = frozenset("html htm xhtml xml".split())
# Lisps, whose pairs and properties credfiles.find_lisp_pairs reads
LISP_EXTENSIONS = frozenset("scm ss rkt sld lfe el lisp lsp cl fnl hy janet".split())


# Inside a JSON string value that already holds words and a space before the name
_JSON_SENTENCE_BEFORE = re.compile(r'":[ \t]*"(?:[^"\\\n]|\\.)*?[A-Za-z][ \t](?:[^"\\\n]|\\.)*$')


class _Prose:
    """Which offsets of a text are prose: comments, docstrings (inside an odd number of triple quotes), documents."""

    def __init__(self, text: str, kind: str):
        self.text = text
        self.document = kind in PROSE_EXTENSIONS
        self.docstrings = kind == "py"
        self.json = kind == "json"
        self._quotes: tuple[list[int], list[int]] | None = None

    def at(self, line_prefix: str, index: int) -> bool:
        if self.document or _COMMENT_START.match(line_prefix):
            return True
        if self.json and _JSON_SENTENCE_BEFORE.search(line_prefix[-300:]):
            return True  # {"body": "Reset done. Temporary password ...": a message's text inside a JSON string
        comment = _TRAILING_COMMENT.search(line_prefix)
        if comment is not None and not any(line_prefix.count(char, 0, comment.start()) % 2 for char in "\"'`"):
            return True  # conn = connect(host)  # pw: ...: a comment after code, outside any string
        if not self.docstrings:
            return False
        if self._quotes is None:
            # Where each triple quote starts, found once: counting them before every offset made a long module's
            # keyword hits quadratic. (Offsets asked about are names' starts, never inside a run of quotes.)
            self._quotes = tuple(
                [match.start() for match in re.finditer(quote, self.text)] for quote in ('"""', "'''")
            )
        return any(bisect.bisect_right(starts, index - 3) % 2 for starts in self._quotes)


_PRE_SHARED_NAME = re.compile(r"pre[_-]?shared[_-]?key")
_PSK_HEX = re.compile(r"[0-9a-fA-F]{32,128}")
_KEY_BASE64_32 = re.compile(r"[A-Za-z0-9+/]{43}=")
# Files whose settings take the whole rest of the line as the value, commas included
_WHOLE_LINE_VALUE_KINDS = frozenset("env envrc properties ini cfg makefile gnumakefile mk".split())
_REST_OF_VALUE = re.compile(r",[^\s,][^\s]{0,128}(?=[ \t]*(?:\r?\n|$))")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$)")
# A Kubernetes bootstrap token: a 6-character id, ".", a 16-character secret (letters and digits, lower case)
_BOOTSTRAP_TOKEN = re.compile(r"(?=[a-z0-9.]*[0-9])[a-z0-9]{6}\.[a-z0-9]{16}")
# A GPG key's long or short id, or its fingerprint
_KEY_ID_VALUE = re.compile(r"(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})")
# Cisco ASA and PIX mark a stored password hash with a keyword after it: "passwd X encrypted", "password X pbkdf2"
_STORED_ENCRYPTED_AFTER = re.compile(r"[ \t]+(?:encrypted|pbkdf2|nt-encrypted)\b")
# A comment after code on its line: "#", "//" or "--" after a space and before one.
_TRAILING_COMMENT = re.compile(r"[ \t;](?:#|//|--)[ \t]")


def find_assigned_secrets(
    text: str,
    kind: str = "",
    lowered: bytes | None = None,
    found_starts: frozenset[int] = frozenset(),
    keyword_starts: list[int] | None = None,
    found_elsewhere: list[Finding] = (),
) -> list[Finding]:
    """Values assigned to secret-like names: ``DB_PASSWORD=...``, ``"apiKey": "..."``, ``token := "..."``,
    ``config['SECRET_KEY'] = "..."``, literal fallbacks (``os.environ.get("PW", "...")``, ``|| "..."``), and
    defaults of declared secrets (``variable "db_password" { default = "..." }``, ``- name: DB_PASSWORD`` with
    ``value: ...``).

    ``kind`` is the file's extension: in config files bare values are literal text, in code only quoted values
    are (a bare ``password = pw`` reads a variable) unless the name sits in a command-line flag, a ``NAME=value``
    string or a connection string, or in a comment or docstring. Unknown kinds accept a bare value that could
    not be an identifier. ``lowered`` is ``text.encode("ascii", "replace").lower()`` when the caller has it;
    ``found_starts``: where token formats already found a value (``GITHUB_TOKEN = "ghp_..."``), not judged again.
    ``keyword_starts`` is ``byte_starts(lowered, KEYWORDS)`` when the caller has it; ``found_elsewhere``: secrets the
    other detectors found in ``text`` (a key on the line after one belongs to the same account).
    """
    found = []
    elsewhere = sorted(finding.start for finding in found_elsewhere if finding.tag in (KEY, PASSWORD))
    config = kind in CONFIG_EXTENSIONS
    code = kind in CODE_EXTENSIONS
    # One byte per character (non-ASCII becomes "?"), so offsets in ``lowered`` are offsets in ``text``.
    if lowered is None:
        lowered = text.encode("ascii", "replace").lower()
    prose = _Prose(text, kind)
    scanned_to = -1
    for hit in byte_starts(lowered, _KEYWORDS) if keyword_starts is None else keyword_starts:
        if hit < scanned_to:
            continue
        # Most keyword hits (dict keys, "pass" statements, tokenizers) assign nothing: the value is looked
        # for first, and the name is read back only when there is one.
        pat = lowered.startswith(_PAT_KEYWORDS, hit)
        if pat and lowered[hit + 4 : hit + 5].isalpha():
            continue  # os.path, file_path, _pattern: "pat" inside a longer word, the commonest hit (told cheaply)
        name_end = _NAME_RUN.match(lowered, hit).end()
        if pat and (rest := lowered[hit + 4 : name_end]) and not rest.isdigit():
            continue  # "pat" inside a longer word (the name's other keywords have their own hits)
        scanned_to = name_end
        finding = _assigned(text, lowered, hit, name_end, kind, config, code, prose, found_starts, (found, elsewhere))
        if finding is None and lowered.startswith((b"key", b"cred"), hit) and (pair := _key_pair(text, name_end)):
            found += pair
            continue
        if (
            finding is None
            and text[name_end : name_end + 1] in _LIST_AFTER_NAME
            and (listed := _listed_secrets(text, lowered, hit, name_end, kind))
        ):
            found += listed
            continue
        if finding is None and lowered.startswith(_COMMENT_KEY_KEYWORDS, hit):
            finding = _value_below_comment(text, hit, name_end)
        if finding is None and (
            lowered.find(b"default", name_end, name_end + _DECLARATION_WINDOW) >= 0
            or lowered.find(b"value", name_end, name_end + _DECLARATION_WINDOW) >= 0
            or lowered.find(b"select=", name_end, name_end + _DECLARATION_WINDOW) >= 0
        ):
            finding = _declared_default(text, lowered, hit, name_end, kind, config)
        if finding is not None:
            found += _one_per_key(text, finding)
    if "://" in text:
        found += _url_passwords(text) + _stream_path_passwords(text)
        if b"redis://" in lowered or b"rediss://" in lowered:
            found += _redis_url_passwords(text)
    if "@" in text:
        found += _schemeless_dsn_passwords(text)
    return found


# A secret's setting that lists its values: the one in use and those still accepted while they are rotated out
# ("sessionSecret": ["..."], Ory Hydra's "secrets:" then "system:" then "- VALUE" lines), or a YAML block of keys
# named for what each does (ente's "key:" then "encryption: VALUE" and "hash: VALUE").
_LIST_AFTER_NAME = frozenset("\"': \t=")
_FLOW_LIST_OPEN = re.compile(r"""["']?[ \t]*[:=][ \t]*\[""")
_FLOW_LIST_ITEM = re.compile(r"""[ \t]*(["'])(?P<value>[^"'\s]{12,512})\1[ \t]*(?:,|(?P<end>\]))""")
_BLOCK_OPEN = re.compile(r"""["']?[ \t]*:[ \t]*(?:#[^\n]*)?\r?\n""")
# A line inside the block: a list's item, a child's name alone (its own list follows), a child's value
_BLOCK_LINE = re.compile(
    r"""(?P<indent>[ \t]*)(?:-[ \t]+["']?(?P<item>[^\s"'#]{12,512})["']?"""
    r"""|(?P<child>[A-Za-z_][\w-]{0,40}):(?:[ \t]+["']?(?P<value>[^\s"'#]{12,512})["']?)?)[ \t]*\r?$"""
)
_YAML_KINDS = frozenset(("yaml", "yml"))
# Names of a block whose children are keys, each named for its use
_KEY_BLOCK_NAMES = frozenset(("key", "keys", "secrets"))
# A child name that says its value is no secret of the block's (a key's id, its algorithm, where it is kept)
_BLOCK_CHILD_NOT_SECRET = re.compile(r"(?i)id$|name|algorithm|alg$|type|path|file|url|endpoint|region|format|public")


def _random_listed(value: str) -> bool:
    """A listed value that reads as drawn at random: letters and digits, no word, nor hex (a list of digests or
    fingerprints)."""
    return (
        any(char.isdigit() for char in value)
        and any(char.isalpha() for char in value)
        and not _HEX_RUN.fullmatch(value)
        and not is_placeholder(value)
        and is_gibberish(value)
        and _secret_value(value, "key = ", "key")
    )


def _listed_secrets(text: str, lowered: bytes, hit: int, name_end: int, kind: str) -> list[Finding]:
    """Each value listed under a secret's name (see ``_LIST_AFTER_NAME``'s comment)."""
    flow = _FLOW_LIST_OPEN.match(text, name_end)
    block = None if flow or kind not in _YAML_KINDS else _BLOCK_OPEN.match(text, name_end)
    if not (flow or block):
        return []  # (most names are given no list: told before the name is read)
    name = lowered[_name_start(lowered, hit) : name_end].decode()
    secret, password = _name_verdict(name)
    holds_keys = name in _KEY_BLOCK_NAMES
    if not (secret or holds_keys):
        return []
    tag = PASSWORD if password else KEY
    if flow:
        found, position = [], flow.end()
        while item := _FLOW_LIST_ITEM.match(text, position):
            if not _random_listed(item.group("value")):
                return []
            found.append(Finding(*item.span("value"), tag, "assignment"))
            if item.group("end"):
                return found
            position = item.end()
        return []
    line_start = text.rfind("\n", 0, hit) + 1
    parent_indent = len(text[line_start:hit]) - len(text[line_start:hit].lstrip(" \t"))
    found, position = [], block.end()
    while position < len(text):
        line_end = len(text) if (newline := text.find("\n", position)) < 0 else newline
        stripped = text[position:line_end].strip()
        if stripped and not stripped.startswith("#"):
            line = _BLOCK_LINE.match(text, position, line_end)
            if line is None or len(line.group("indent")) <= parent_indent:
                break
            group = "item" if line.group("item") else "value" if line.group("value") else None
            if group == "value" and (not holds_keys or _BLOCK_CHILD_NOT_SECRET.search(line.group("child"))):
                group = None  # (under one secret's name, "jwt:" then "secret: ...", a child is named for itself)
            if group is not None:
                if not _random_listed(line.group(group)):
                    return []
                found.append(Finding(*line.span(group), tag, "assignment"))
        position = line_end + 1
    return found


def _one_per_key(text: str, finding: Finding) -> list[Finding]:
    """A key's setting that holds several keys one space apart ("api_key": "KEY1 KEY2", the keys a service
    accepts while one is rotated out) gives each key its own span."""
    value = text[finding.start : finding.end]
    if finding.tag != KEY or " " not in value or not several_keys(value):
        return [finding]
    keys = _NON_SPACE_RUN.finditer(value)
    return [Finding(finding.start + key.start(), finding.start + key.end(), KEY, finding.source) for key in keys]


def several_keys(value: str) -> bool:
    """Two to four values one space apart, each long and random."""
    keys = value.split(" ")
    return 2 <= len(keys) <= 4 and all(len(key) >= 16 and reads_as_random(key) for key in keys)


_NON_SPACE_RUN = re.compile(r"[^ ]+")
_COMMENT_KEY_KEYWORDS = (b"key", b"token", b"secret")
# A comment line's marker, and the comment line below it holding one value alone
_COMMENT_MARKER = re.compile(r"[ \t]*(?P<marker>#|//|;|--)")
_LONE_VALUE_COMMENT = re.compile(
    r"[ \t]*(?P<marker>#|//|;|--)[ \t]*(?P<value>[A-Za-z0-9+/_.-]{16,512}={0,2})[ \t]*\r?(?:\n|$)"
)
# Words that make the value below a comment an identifier, a digest or a published key, not a secret
_NOT_A_KEY_COMMENT = re.compile(
    r"(?i)sha\d|md5|hash|digest|checksum|fingerprint|public|pubkey|\bid\b|uuid|example|sample|commit|version"
)
_HEX_VALUE = re.compile(r"[0-9a-fA-F]{32,}")


def _value_below_comment(text: str, hit: int, name_end: int) -> Finding | None:
    """A comment that names a key, token or secret, then a comment line that holds one random value alone: "# the
    dashboard's API key (used by the renewal cron)" over "# imKbit9HJQxyr1NE8QtLoF9V", "# private key hex, copied
    from server.key:" over "#   b97eb24b...". The value is judged as key material, which a name or a word is not."""
    line_end = text.find("\n", name_end)
    if line_end < 0 or (below := _LONE_VALUE_COMMENT.match(text, line_end + 1)) is None:
        return None
    line_start = text.rfind("\n", 0, hit) + 1
    opening = _COMMENT_MARKER.match(text, line_start)
    if opening is None or opening.group("marker") != below.group("marker"):
        return None
    if _NOT_A_KEY_COMMENT.search(text, line_start, line_end):
        return None
    value = below.group("value")
    if not (
        reads_as_random(value)
        or (_HEX_VALUE.fullmatch(value) and not value.isdigit())
        or (_MIXED_ALNUM.fullmatch(value) and is_gibberish(value))
    ):
        return None
    if not _secret_value(value, "api_key = ", "key"):
        return None
    return Finding(below.start("value"), below.end("value"), KEY, "commented_key")


# A connection string without its scheme: "dyeworks:PASSWORD@199.132.209.150:5432/querylog" (blocky's query log, a
# DSN handed to a client that knows its protocol): the host, a port and a path after "@" make it one (after an IPv4
# address the path alone does: SeisComP's "dbstore.read = sysop:PASSWORD@192.168.1.46/seiscomp")
_DSN_HOST_AFTER = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+):\d{2,5}/"
    r"|\d{1,3}(?:\.\d{1,3}){3}/[A-Za-z_]"
)
_DSN_LOGIN_BEFORE = re.compile(r"(?<![\w/:@.%+-])[A-Za-z_][\w.-]{0,63}:(?P<password>[^\s:@/'\"`]{4,128})$")


def _schemeless_dsn_passwords(text: str) -> list[Finding]:
    found = []
    at = text.find("@")
    while at >= 0:
        if _DSN_HOST_AFTER.match(text, at + 1) and (login := _DSN_LOGIN_BEFORE.search(text, max(0, at - 200), at)):
            password = login.group("password")
            if _secret_value(password, "password = ", "password") and not reads_from_elsewhere(password):
                found.append(Finding(login.start("password"), at, PASSWORD, "url_credentials"))
        at = text.find("@", at + 1)
    return found


def _named_record_key(text: str, last: str, name_start: int, value_end: int) -> bool:
    """``last`` is ``<thing>_key`` and a ``<thing>_name`` sits beside it in the same record: the key that identifies
    the thing (a status feed's service_key beside its service_name), not a credential for it."""
    thing = _RECORD_KEY_NAME.fullmatch(last)
    if thing is None or text[name_start - 1 : name_start] not in ("'", '"'):
        return False  # (a record's fields are quoted; an .env's APP_KEY beside APP_NAME is the application's key)
    sibling = re.compile(r"[\"']" + re.escape(thing.group(1)) + r"[_-]?name[\"'][ \t]*[:=]", re.IGNORECASE)
    before = max(0, name_start - 200)
    return bool(sibling.search(text, value_end, value_end + 200) or sibling.search(text, before, name_start))


_RECORD_KEY_NAME = re.compile(r"([a-z][a-z0-9]{2,30})[_-]?key")


def _name_start(lowered: bytes, hit: int) -> int:
    return hit - _NAME_RUN.match(lowered[max(0, hit - 60) : hit][::-1]).end()


# A block whose "secret" two ends type in: FreeRADIUS's "client NAME {", strongSwan's swanctl.conf
# "secrets { ike-NAME { secret = ... } eap-NAME { ... } }"
_SHARED_SECRET_LINE = re.compile(r"(?i)radius|tacacs|ipsec|isakmp|l2tp|(?<![a-z])ike(?![a-z])")
_SHARED_SECRET_BLOCK_BEFORE = re.compile(
    r"(?m)^[ \t]*(?:client[ \t]+[\w.:/-]+|(?:ike|eap|xauth|ntlm|ppk)(?:-[\w.-]+)?)[ \t]*\{[^{}]*\Z"
)
# FreeRADIUS's sample clients.conf gives its localhost client this secret; every installation ships the line
_RADIUS_SAMPLE_SECRET = "testing123"


def _in_shared_secret_block(text: str, name_start: int) -> bool:
    if _SHARED_SECRET_BLOCK_BEFORE.search(text, max(0, name_start - 300), name_start):
        return True
    # an indented line under a device's RADIUS or TACACS+ server line ("aaa radius server ADDR\n secret VALUE")
    line_start = text.rfind("\n", 0, name_start) + 1
    indent = len(text[line_start:name_start]) - len(text[line_start:name_start].lstrip(" \t"))
    if not indent:
        return False
    for _ in range(_BLOCK_HEADER_LINES):
        if line_start == 0:
            return False
        header_start = text.rfind("\n", 0, line_start - 1) + 1
        header = text[header_start : line_start - 1]
        if header.strip() and len(header) - len(header.lstrip(" \t")) < indent:
            return bool(_SHARED_SECRET_LINE.search(header))
        line_start = header_start
    return False


_BLOCK_HEADER_LINES = 8


_OPTION_WORDS = frozenset({"option", "options", "flag", "flags", "argument", "arguments", "parameter", "switch"})
_NAMED_VALUE = re.compile(r"[A-Za-z_][\w.]*=")
# The form a secret is written in, or the platform or stage it is for, after its name: munge_key_b64, PASSWORD_HEX,
# CODEPUSH_DEPLOYMENT_KEY_IOS, stripe_secret_key_live (the secret all the same)
_QUALIFIER_ENDINGS = tuple("b64 base64 hex ios android web prod production staging live sandbox".split())
_QUALIFIER_SUFFIX = re.compile(r"(?i)[_-](?:" + "|".join(_QUALIFIER_ENDINGS) + ")$")


# (a badge service's URL, or any image's: CircleCI's "tree/master.svg?style=shield&circle-token=...")
_BADGE_URL_BEFORE = re.compile(r"(?:(?P<named>shields\.io|badge)|\.(?:svg|png)\?)[^\s\"'<>()]*$")


_SSID_SETTING = re.compile(r"""(?i)\bssid["']?[ \t]*[:=]""")


def _ssid_beside(text: str, name_start: int) -> bool:
    """A network's name set on one of the few lines before a bare "key", in the same block (as indented, no blank
    line between): the key is the Wi-Fi network's passphrase."""
    line_start = text.rfind("\n", 0, name_start) + 1
    if _SSID_SETTING.search(text, line_start, name_start):
        return True  # {"wifi": {"ssid": "barn", "key": "..."}} on one line
    indent = len(text[line_start:name_start]) - len(text[line_start:name_start].lstrip(" \t"))
    for _ in range(4):
        if line_start == 0:
            return False
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        previous = text[previous_start : line_start - 1]
        if not previous.strip() or len(previous) - len(previous.lstrip(" \t")) < indent:
            return False
        if _SSID_SETTING.search(previous):
            return True
        line_start = previous_start
    return False


_KEYWORD_BEFORE = re.compile(r"(?:^|[\s{(\[]):$", re.MULTILINE)


# A user's line in an INI section (Asterisk's and PBXs' sip.conf peers: "username=", "defaultuser=", "fromuser=")
_USER_LINE = re.compile(r"(?im)^[ \t]*(?:default|from|auth_?)?user(?:name)?[ \t]*=")


def _user_line_in_section(text: str, name_start: int) -> bool:
    """A line giving a user's name above ``name_start`` in the same INI section."""
    window_start = max(0, name_start - 300)
    section = text.rfind("\n[", window_start, name_start)
    line_start = text.rfind("\n", window_start, name_start) + 1
    if line_start == 0 or text[line_start:name_start].strip():
        return False  # (the name starts its line: a setting, not a word in a sentence)
    return _USER_LINE.search(text, section + 1 if section >= 0 else window_start, name_start) is not None


# An S3-compatible store's key pair after a key's word: "bucket keys: ID / SECRET", "access keys: ID, SECRET"; the id
# is twenty upper-case letters and digits (not hex), the secret forty base64 characters, as AWS, Wasabi and MinIO issue
_KEY_PAIR = re.compile(
    r"s?[ \t]*[:=][ \t]*(?P<q>[`'\"]?)(?P<id>(?=[A-Z0-9]*[G-Z])(?=(?:[A-Z]*\d){3})[A-Z0-9]{20})(?P=q)"
    r"[ \t]*[/:,][ \t]*(?P<r>[`'\"]?)(?P<secret>[A-Za-z0-9/+]{40})(?P=r)(?![A-Za-z0-9/+=_-])"
)


def _key_pair(text: str, name_end: int) -> list[Finding]:
    """The access key id and secret given together after the key's word, when both read as issued."""
    match = _KEY_PAIR.match(text, name_end)
    if match is None:
        return []
    secret = match.group("secret")
    if not (
        any(char.isdigit() for char in secret)
        and any(char.isupper() for char in secret)
        and any(char.islower() for char in secret)
        and is_gibberish(secret)
        and not is_placeholder(secret)
        and _issued_key_id(match.group("id"), issued_length=True)
    ):
        return []
    return [Finding(*match.span(group), KEY, "key_pair") for group in ("id", "secret")]


# A line that gives an account's user alone: "user skins", "[CODE]user: modteam", "login = ops", and Valve's
# KeyValues pair, both quoted: "user"  "sb_game"
_USER_ALONE_LINE = re.compile(
    r"(?i)[ \t]*(?:\[[a-z]{1,10}\])?(?:user(?:name)?|login)[ \t]*[:=]?[ \t]+[^\s:=]{1,64}[ \t]*\r?"
    r"|[ \t]*\"(?:user(?:name)?|login)\"[ \t]+\"[^\s\"]{1,64}\"[ \t]*\r?"
)


def _line_above(text: str, position: int) -> tuple[int, int]:
    """(where the line above ``position``'s starts, where ``position``'s starts); (0, 0) on the first line."""
    line_start = text.rfind("\n", 0, position) + 1
    return (text.rfind("\n", 0, line_start - 1) + 1 if line_start else 0), line_start


# "user okmdb   pass VALUE", "user ops@corp.io, pass VALUE": a login's user named just before its "pass"
_USER_NAMED_BEFORE = re.compile(r"(?i)(?<![\w-])user(?:name)?[ \t]+[\w.@+-]{1,64}[ \t]*[,;]?[ \t]+$")


# An encrypted envelope's other fields, beside its salt: {"salt": ..., "iv": ..., "ciphertext": ...}
_ENVELOPE_FIELD = re.compile(r"""(?<![\w-])["']?(?:iv|nonce|ciphertext|ephemeral_public_key)["']?[ \t]*[:=]""")
# A line that ends by assigning a hex digest: password=<hex>, "hash": "<hex>",
_DIGEST_ASSIGNED_LINE = re.compile(r"""[=:][ \t]*["']?(?:[0-9a-f]{32,128}|[0-9A-F]{32,128})["']?,?[ \t]*\r?\n""")
_DIGEST_WORD = re.compile(r"(?i)(?<![a-z])(?:hash|hashed|digest|algorithm|md5|sha-?\d*)(?![a-z])")


def _site_salt(text: str, value: str, value_start: int, value_end: int) -> bool:
    """A salt drawn at install for a whole site (Grav's "salt: mOrqtOhiz4794LKqprjCuVdW", ProcessWire's
    $config->tableSalt = '<40 hex>'), as secret as its keys. Beside a hash or its algorithm a salt is one record's,
    stored with the digest it salts, and no secret."""
    if not (
        _short_mixed_key(value)
        or (len(value) >= 32 and _HEX_API_KEY.fullmatch(value))
        or (value.isalnum() and len(value) >= 32 and _MIXED_CASE_AND_DIGIT.match(value) and is_gibberish(value))
    ):
        return False
    if is_patterned(value) or is_sequential(value):
        return False
    above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, value_start)))
    below = text.find("\n", text.find("\n", value_end) + 1)
    return not _DIGEST_WORD.search(text, max(0, above), below if below >= 0 else len(text))


def _follows_a_user(text: str, name_start: int) -> bool:
    """The name starts its line (or its quoted name does), and the line above gives a user alone."""
    above, line_start = _line_above(text, name_start)
    if line_start == 0 or text[line_start:name_start].strip() not in ("", '"'):
        return False
    return _USER_ALONE_LINE.fullmatch(text, above, line_start - 1) is not None


def _follows_a_secret(text: str, name_start: int, earlier: tuple[list[Finding], list[int]]) -> bool:
    """A secret found earlier sits on the line just above the one ``name_start`` is on."""
    above, line_start = _line_above(text, name_start)
    if line_start == 0:
        return False
    found, elsewhere = earlier
    if found and above <= found[-1].start < line_start:
        return True
    index = bisect.bisect_left(elsewhere, above)
    return index < len(elsewhere) and elsewhere[index] < line_start


# A setting written out inside a string's value: "dns_rfc2136_secret = VALUE"
_SETTING_IN_VALUE = re.compile(r"([A-Za-z_][\w.-]{0,60})[ \t]+[=:][ \t]+\S+")
# A name's number among others of its kind: cred_pass_1, password-2
_ORDINAL_SUFFIX = re.compile(r"(?<=[a-z])[_-]\d{1,2}$")


def _name_kind(text: str, lowered: bytes, name_start: int, name_end: int) -> tuple[str, str] | None:
    """(the name's last part, lower-cased; "password", "key" or "constant") for a name that holds a secret, else
    None. "constant" is an upper-case *_KEY/*_SALT constant, a secret only when its value is key material."""
    name = lowered[name_start:name_end].decode("ascii").strip(".-")
    last = name.rsplit(".", 1)[-1]
    if last == "key" and (name == "api.key" or name.endswith(".api.key")):
        last = "api_key"  # contentreview.vericite.api.key: a dotted setting's "api" and "key" name an API key
    if last in ("default", "value") and "." in name and _name_verdict(name.rsplit(".", 2)[-2])[0]:
        last = name.rsplit(".", 2)[-2]  # webservice.apikey.default=...: the default of a setting named for a key
    if "not" in last and _NEGATED_NAME.search(text, name_start, name_end):
        return None  # kNotAKey, NOT_A_SECRET, not_a_password: the name says the value is no secret
    if last.endswith(_QUALIFIER_ENDINGS):
        last = _QUALIFIER_SUFFIX.sub("", last)
    if last[-1:].isdigit():
        last = _ORDINAL_SUFFIX.sub("", last)  # mirrcred_pass_1, password_2: the first or second of a list of them
    if last == "key" and name.endswith("channels.key"):
        return last, "password"  # Limnoria's supybot.networks.NET.channels.key: the IRC channels' key (mode +k)
    if last == "key" and _UCI_OPTION.match(_line_before(text, name_start)):
        return last, "password"  # OpenWrt's wireless "option key '...'": the Wi-Fi network's passphrase
    if (
        last == "key"
        and lowered.find(b"ssid", max(0, name_start - 400), name_start) >= 0
        and _ssid_beside(text, name_start)
    ):
        return last, "password"  # "wifi": {"ssid": "barn-sensors", "key": "..."}: the network's passphrase
    if last == "key" and _line_before(text, name_start).lower().endswith(("pre-shared ", "preshared ", "shared ")):
        return last, "password"  # "the VPN's pre-shared key X" in prose: an IKE secret people type
    if last == "key" and text.startswith("--key", name_start):
        return last, "key"  # canoe-fleet --server URL --key VALUE: a command's key, judged as key material
    if (
        last.startswith("x-")
        and (header := _CUSTOM_HEADER_KEY.fullmatch(last))
        and (header.group(1) or "") not in _ID_KIND_WORDS
        and not (_NOT_SECRET_NAME.search(last) or _PUBLIC_NAME.search(last))
    ):
        # X-Beacon-Key, X-Shop-Token: a service's own HTTP header, carrying its API key (not X-Request-Key,
        # X-Cache-Key, X-Public-Key)
        return last, "key"
    secret_name, is_password = _name_verdict(last)
    if secret_name:
        if last == "secret" and (
            _line_before(text, name_start).lower().endswith(("shared ", "shared-", "shared_"))
            or _SHARED_SECRET_LINE.search(_line_before(text, name_start))
            or _in_shared_secret_block(text, name_start)
        ):
            # a RADIUS, IPsec or TACACS+ shared secret: a password two ends type in (FreeRADIUS's clients.conf
            # gives it as "secret" inside a "client NAME {" block, Junos as "radius-server ADDR secret ...",
            # RouterOS as "/ip ipsec identity add ... secret=...")
            return last, "password"
        if last == "secret" and _user_line_in_section(text, name_start):
            return last, "password"  # a SIP peer's "username=201" then "secret=...": that user's password
        return last, "password" if is_password else "key"
    # (PHP's constants may wrap the name in underscores: PrestaShop's define('_RIJNDAEL_KEY_', '...'))
    unwrapped = last.strip("_")
    if (
        unwrapped.endswith(("key", "salt", "pepper", "keyid", "key_id", "key-id"))
        and (not _NOT_SECRET_NAME.search(last) or unwrapped.endswith(("keyid", "key_id", "key-id")))
        and not _PUBLIC_NAME.search(last)
        and _CONSTANT_KEY_NAME.fullmatch(
            _QUALIFIER_SUFFIX.sub("", text[name_start:name_end].strip(".-").rsplit(".", 1)[-1].strip("_"))
        )
        # a bare "key" takes its kind from the words before it: "wireguard peer public key: ..." is published
        and not (last == "key" and _PUBLIC_NAME.search(name + " " + _line_before(text, name_start).lower()[-40:]))
    ):
        return last, "constant"
    return None


# A comment's key, token or secret, an aside between its word and the colon: "# old token, rotated 13 Mar: VALUE",
# "# key for the offsite box: VALUE", "# authkey copied from tiller (base64 for the wiki): VALUE"
_COMMENT_OPENING = re.compile(r"[ \t]*(?:#|//|;|--)[ \t]*(?:[A-Za-z][A-Za-z-]*[ \t]+){0,3}$")
# (or a password's: "# cloud admin console password for ops@example.org: VALUE"; an aside in parentheses may hold a
# colon: "# join token for the extra worker (expires 2025-08-24T10:26:09Z): VALUE")
_COMMENT_KEY_WORD = re.compile(r"(?i)(?:token|key|secret|password)$")
_ASIDE_CHARACTER = r"(?:[^:=\n(]|\([^()\n]{0,60}\))"
_ASIDE = (
    rf"(?:,[ \t]*{_ASIDE_CHARACTER}{{1,40}}?"
    rf"|[ \t]+(?:for|from|copied|of|on|in|to|used|kept)\b{_ASIDE_CHARACTER}{{1,50}}?)"
)
_ASIDE_THEN_VALUE = re.compile(_ASIDE + r"[ \t]*:[ \t]+(?P<bare>[A-Za-z0-9+/_.-]{16,512}={0,2})[ \t]*(?=\r?\n|$)")
_ASIDE_THEN_PASSWORD = re.compile(_ASIDE + r"[ \t]*:[ \t]+(?P<bare>[^\s\"'`]{6,128})[ \t]*(?=\r?\n|$)")


def _comment_aside_value(text: str, hit: int, name_end: int) -> re.Match | None:
    if not _COMMENT_KEY_WORD.search(text, max(0, name_end - 8), name_end):
        return None
    line_start = text.rfind("\n", 0, hit) + 1
    word_start = hit
    while word_start > line_start and text[word_start - 1].isalpha():
        word_start -= 1
    if not _COMMENT_OPENING.fullmatch(text, line_start, word_start):
        return None
    aside = (_ASIDE_THEN_PASSWORD if text[name_end - 8 : name_end].lower() == "password" else _ASIDE_THEN_VALUE).match(
        text, name_end
    )
    if aside is not None and _PUBLIC_NAME.search(text[name_end : aside.start("bare")].lower()):
        return None  # "# map tiles token (public token, shipped to browsers anyway): pk.eyJ...": published
    return aside


def _assigned(text, lowered, hit, name_end, kind, config, code, prose, found_starts, earlier) -> Finding | None:
    """The value given to the name ending at ``name_end`` in place (``NAME = value``, ``NAME: value``,
    ``set_NAME("value")``, ``NAME || "value"``, ``<NAME>value</NAME>``), if it is a secret. ``earlier``: the secrets
    this detector found before ``hit``, and the sorted starts of those the other detectors found."""
    match = _FALLBACK_VALUE.match(text, name_end)
    if match is not None:
        op, group = "||", "quoted"
    elif text[name_end : name_end + 1] in _ELEMENT_STARTS and (match := _ELEMENT_VALUE.match(text, name_end)):
        op, group = ">", "element"
    elif text.startswith("</key>", name_end) and (match := _PLIST_VALUE.match(text, name_end)):
        op, group = "plist", "element"  # a property list's <key>NAME</key> <string>VALUE</string> (see the pattern)
    elif (
        text[name_end : name_end + 1] in " \t"
        and "<" in text[max(0, hit - 60) : hit + 1]
        and (element_start := _name_start(lowered, hit)) > 0
        and text[element_start - 1] == "<"
        and (match := _ATTRIBUTED_ELEMENT_VALUE.match(text, name_end))
        and not _STORED_FORM_ATTRIBUTE.search(match.group("attributes"))
    ):
        op, group = ">", "element"  # KWallet's <password name="ssh://host">VALUE</password>: attributes, then it
    elif (
        text[name_end : name_end + 1] in " \t"
        and (match := _VALUE_ATTRIBUTE.match(text, name_end))
        and (element_start := _name_start(lowered, hit)) > 0
        and text[element_start - 1] == "<"
    ):
        op, group = "=", "element"  # SuperTuxKart's <server-password value="VALUE" />: the element names it
    elif text[name_end : name_end + 1] in ", \t" and (match := _comment_aside_value(text, hit, name_end)):
        op, group = ":", "bare"
    elif (match := (_CONFIG_VALUE if config else _ASSIGNED_VALUE).match(text, name_end)) is None:
        return None
    else:
        # The value's group is the last one the match closed: dq, sq or bq (quoted by ", ', `) or bare.
        op, group = match.group("op"), match.lastgroup
    if match.start(group) in found_starts:
        return None
    value, value_start, value_end = match.group(group), match.start(group), match.end(group)
    if group == "bare" and kind in _WHOLE_LINE_VALUE_KINDS and (rest := _REST_OF_VALUE.match(text, value_end)):
        value_end = rest.end()  # SFTP_PASSWORD ?= M4r1g0ld,99: a Makefile's or .env's value is the line's rest
        value = text[value_start:value_end]
    name_start = _name_start(lowered, hit)
    if (
        group == "bare"
        and value in ("-v", "--value")
        and _SET_VERB_BEFORE.search(text, max(0, name_start - 80), name_start)
        and (flagged := _VALUE_AFTER_FLAG.match(text, value_end))
    ):
        # "yunohost settings set smtp.relay.password -v VALUE": a settings command's value after its own option
        group = "bare" if flagged.group("bare") is not None else "sq" if flagged.group("q") == "'" else "dq"
        value_group = "bare" if group == "bare" else "quoted"
        value, value_start, value_end = (
            flagged.group(value_group),
            flagged.start(value_group),
            flagged.end(value_group),
        )
    if (
        name_start > 0
        and text[name_start - 1] in "/@"
        and not (op == "=" and _SQL_PARAMETER_BEFORE.search(text, max(0, name_start - 3), name_start))
        and not (op in ("=", ":") and _SETTING_PATH_BEFORE.search(text, max(0, name_start - 120), name_start))
        # (a qualifier after a space: OpenVMS's FTP HOST /PASSWORD="...", Windows' cmdkey /pass:...)
        and not (op in ("=", ":") and text[name_start - 1] == "/" and text[name_start - 2 : name_start - 1] in " \t")
    ):
        # /etc/passwd, /oauth/token: a path or URL; @kcirtapw: a user's handle; not names. (T-SQL's parameters
        # and variables are @names given with "=": EXEC sp_addlinkedsrvlogin ..., @rmtpassword = N'...'; Godot's
        # and Qt's settings are paths from the line's start: keystore/release_password="...")
        return None
    if (
        text[name_start - 1 : name_start] in ("?", "&")
        and (badge := _BADGE_URL_BEFORE.search(text, max(0, name_start - 200), name_start))
        and (badge.group("named") or b"key" not in lowered[name_start:name_end])
    ):
        # img.shields.io/circleci/...?token=...: a status badge's read-only token, published in a README (an image
        # not named a badge with "?key=" is a map tile's, fetched with the account's API key)
        return None
    if text[name_start - 1 : name_start] == "=" and _DN_ATTRIBUTE_BEFORE.search(
        text, max(0, name_start - 4), name_start
    ):
        return None  # "O=Buypass AS-983163327": an X.509 name's organisation, not a setting
    if text[name_start - 2 : name_start] == "${" and text.startswith("}", name_end):
        return None  # "${SFTP_USER}:${SFTP_PASS}:::upload": a variable's expansion, read where it is written
    if (
        name_start > 0
        and text[name_start - 1] == ":"
        and _RESOURCE_NAME_BEFORE.search(text, max(0, name_start - 200), name_start)
    ):
        return None  # arn:aws:secretsmanager:...:secret:db-AbC123: a resource type inside an ARN or URN, not a name
    if name_start > 1 and text[name_start - 1] in "*+^" and text[name_start - 2].isalnum() and text[name_start] != "_":
        return None  # "X+U*pw -U*pw == X": the name an operand in a formula, not a setting's
    named = _name_kind(text, lowered, name_start, name_end)
    if named is None:
        return None
    last, secret_kind = named
    beside_secret = secret_kind == "constant" and _follows_a_secret(text, name_start, earlier)
    after_user = secret_kind == "password" and _follows_a_user(text, name_start)
    if beside_secret:
        # "password: c4sh3w..." then "key: qMrCW...", FERRYLOG_PASSWORD then FERRYLOG_KEY: a key in the record of an
        # account's password is that account's key, judged as any key (alone, a bare "key" or a *_KEY constant is
        # an object's or a map's key as often, and needs key material no identifier has)
        secret_kind = "key"
    if op == ":" and group == "bare" and _IMPORT_PATH.fullmatch(text, name_start, value_end):
        return None  # "ldaptor-passwd = ldaptor._scripts.passwd:console_script": an entry point's module:function
    if op == "||" and text[name_start - 1 : name_start] == "`" and match.group("q") == "`":
        return None  # "`Password` or `KerberosKeytab` credentials": names in prose's code spans, listed
    if (
        op != "("
        and _FLAG_NAME.search(last)
        and not (secret_kind == "password" and group != "bare" and _TYPED_PASSWORD_SHAPE.fullmatch(value))
    ):
        return None  # enable_password = true, check_password: "yes" (pgpool's sr_check_password = '...' holds one)
    flag = text[name_start] == "-"  # --password=..., -storepass ...: a command-line option
    if flag and op == "=" and group == "bare" and (rest := _SHELL_WORD_REST.match(text, value_end)).end() > value_end:
        value_end = rest.end()  # --pass=D4ppl3,54: the option's value is the whole word, commas included
        value = text[value_start:value_end]
    line_prefix = _line_before(text, name_start)
    if (
        not flag
        and op in " \t"
        and _OPTION_BEFORE.search(line_prefix)
        and not _SET_COMMAND_LINE.match(line_prefix)
        and not _SETTING_COMMAND.search(line_prefix)  # (tmux's "set-environment -g NAME value": the flag is its own)
    ):
        return None  # "-protocol kpasswd HOST": the word is the option's value, not a name given one
    if op == ">" and not (text[name_start - 1 : name_start] == "<" or _NAME_FIELD_BEFORE.search(line_prefix)):
        return None  # <password>...</password>, <entry key="password">...</entry>: an element named after a secret
    in_prose = (
        (group == "bare" or op in ("is", "was", "->", " ", "\t"))
        # (a mount's or a driver's options: "cifs username=scan,password=VALUE,vers=3.0" is no sentence, nor is a
        # list item that is one setting: compose's "- PROXY_PASSWORD=VALUE")
        and not (op == "=" and (_OPTION_BEFORE_NAME.search(line_prefix) or _SETTING_ITEM.fullmatch(line_prefix)))
        and prose.at(line_prefix, name_start)
    )
    if op == "(" and group == "bq" and text[name_end : name_end + 1] in " \t" and prose.at(line_prefix, name_start):
        return None  # "re-authenticate using password (`reauthenticate`)": a code span glossing prose, not a call
    if (
        op in ("is", "was", "->")
        and not in_prose
        and not (op == "is" and group in ("dq", "sq") and text.startswith(";", value_end + 1))
    ):
        return None  # (Seed7's "const string: FTP_PASSWORD is "...";": a constant's declaration)
    if op.startswith("..") and (code or not text[name_end : name_end + 1].isspace()):
        return None  # "SFTP password .. VALUE": a plain text's dot leader (in Lua, password .. "x" concatenates)
    if op in ("is", "was") and group == "bare" and _NAMED_VALUE.match(value):
        return None  # "agent secret is WOODPECKER_AGENT_SECRET=...": the variable's own name gives its value
    if group == "bare" and op in ("(", ",", "==", "<-") and not in_prose:
        return None
    passphrase = (
        _spaced_passphrase(text, value_start)
        if group == "bare" and secret_kind == "password" and op in (":", "=")
        else None
    )
    if passphrase is not None:
        value, value_end = passphrase.group(), passphrase.end()
    english_pass = _last_word(last) == "pass"  # "the two-pass reduction", "pass `strict=False`"
    if (
        in_prose
        and passphrase is None
        and secret_kind == "password"
        and not english_pass
        and not prose_literal(value.rstrip(_PROSE_TRAILING))
    ):
        # "the password for staging is ...", "password: the admin's, defaults to '...'": the value comes later in
        # the sentence. A bare word may itself open it (":param password: defaults to '...'", "password: e.g. ...").
        later = _PROSE_VALUE_LATER.match(text, value_start if group == "bare" else value_end)
        for _ in range(2):
            # "password (str): The password. Defaults to '...'": the first word a colon gives may be prose too.
            bare = later.group("bare") if later is not None else None
            if bare is None or prose_literal(bare.rstrip(_PROSE_TRAILING)):
                break
            later = _PROSE_VALUE_LATER.match(text, later.start("bare")) or later
        if later is not None and _left_the_name(
            text[name_end : later.start("quoted" if later.group("quoted") is not None else "bare")]
        ):
            return None
        if later is not None:
            op, group = ":", "quoted" if later.group("quoted") is not None else "bare"
            value, value_start, value_end = later.group(group), later.start(group), later.end(group)
            passphrase = _spaced_passphrase(text, value_start) if group == "bare" else None
            if passphrase is not None:
                value, value_end = passphrase.group(), passphrase.end()
    if (
        group == "bare"
        and secret_kind == "password"
        and (spaced := _SPACED_APP_PASSWORD.match(text, value_start))
        and random_letter_groups(spaced.group())  # (random letters, not "that will work fine")
    ):
        value, value_end = spaced.group(), spaced.end()  # password: abcd efgh ijkl mnop (an app password as shown)
    if group == "bare" and code and _CALL_IN_VALUE.match(value):
        return None  # "...; pw = format(Piecewise((1, ...": code inside a string, a call's result
    if group == "bare" and value.startswith("<<"):
        # password = <<EOT (HCL, shell): a heredoc's marker; its value is the body, when that is one line.
        heredoc = _HEREDOC.match(text, value_start)
        if heredoc is None:
            return None
        value, value_start, value_end = heredoc.group("body"), heredoc.start("body"), heredoc.end("body")
    if group == "bare" and value.startswith("{"):
        braced = _ODBC_BRACED.match(text, value_start) if line_prefix.rstrip().endswith(";") or ";" in value else None
        if braced is None:
            return None  # "--password={password}" in an f-string: the bare value stopped at the field's "}"
        value, value_start, value_end = braced.group(1), braced.start(1), braced.end(1)  # ODBC's PWD={a;b}
    elif group == "bare" and config and kind in LINE_VALUE_KINDS and _STARTS_A_SETTING.fullmatch(line_prefix):
        value_end = _NON_SPACE.match(text, value_end).end()  # DB_PASSWORD=a,b;c): the rest of the line's word
        value = text[value_start:value_end]
    if "@" in value and (permissions := _MPD_PERMISSIONS.search(value)):
        value = value[: permissions.start()]  # mpd.conf's password "VALUE@read,add,control": the rights it grants
        value_end = value_start + len(value)
    if group == "bare" and op == " " and config and value.endswith(";") and _LINE_END.match(text, value_end):
        # Flussonic's and nginx's "cluster_key VALUE;": a directive's value, then the semicolon that ends it
        value, value_end = value[:-1], value_end - 1
    if group == "bare" and ("</" in value or "\\" in value or "[/" in value):
        # A bare value ends where markup or an escaped line break starts: "secret=$Base32String</code>" in escaped
        # docs, "AWSAccessKeyId=a\\nAWSSecretKey=b" in a string holding a file's lines, a forum's "pass: VALUE[/CODE]".
        cut = _BARE_VALUE_END.search(value)
        if cut is not None:
            value = value[: cut.start()]
            value_end = value_start + len(value)
            if not value:
                return None
    if flag and group == "bare" and value.endswith("]") and "[" not in value and _opens_unclosed(line_prefix):
        value, value_end = value[:-1], value_end - 1  # "Usage: cli [-p|--password PASSWORD]": the option's bracket
    if group == "bare" and value_end < len(text) and text[value_end] in _CLOSERS and _opens_unclosed(value):
        return None  # "SHA1(T_{i-1})", "__pyx_string_tab[122]": the value stopped inside an expression
    if group == "bare" and "&" in value:
        next_parameter = _NEXT_PARAMETER.search(value)
        if next_parameter is not None:
            value = value[: next_parameter.start()]  # ?user=app&password=...&sslmode=require, otpauth://...?secret=
        # 'oauth_access_token=...&' 'workload=...': a query split over adjacent literals; "...&amp;url=" in XML, the
        # bare value stopped at the entity's ";"
        value = value.removesuffix("&amp").rstrip("&")
        value_end = value_start + len(value)
    if (
        group == "bare"
        and not config  # (a log's quoted fields end each line: '"...password=VALUE"\n"SMTPD"...')
        and text[value_end : value_end + 1] in "\"'"
        and (continued := _CONTINUED_LITERAL.match(text, value_end + 1))
        and text[continued.end() : continued.end() + 1].isalnum()
    ):
        # 'DnsSecKey=hsgx...'\n 'qrYB...==': the value runs on in the next literal, a part only (a next literal
        # opening "&came_from=..." starts the query's next parameter)
        return None
    if group == "bare" and op == "," and _KEYWORD_ARGUMENT.match(value):
        return None  # UpYun('service', 'username', 'password', timeout=30): the next argument is a keyword's
    if group == "bare" and _ATTRIBUTE_NAME_VALUE.fullmatch(value) and text[value_end : value_end + 1] in "\"'":
        return None  # <input type="password" class="...">: the next attribute's name where a value was expected
    if _CODE_CONSTANT_NAME.match(last) and (value.isdigit() or value.lower() == _last_word(last)):
        return None  # ATTR_PSK = "9091", HDR_PASSCODE = "passcode": a protocol's attribute code or header name
    if group == "bare" and value in _VALUE_ENCODING_KEYWORDS:
        return None  # Junos's "pre-shared-key ascii-text "..."": the keyword says how the value after it is written
    if flag and group == "bare" and value.startswith("-"):
        return None  # mysql -psecret -h127.0.0.1: the option after a glued password, not its value
    if flag and group == "bare" and value.lower().rstrip(".,;:") in _OPTION_WORDS:
        return None  # "exclusive with the --password option": help text naming the option
    if group == "bare" and op != ":-":
        if in_prose and not line_prefix.endswith(";"):  # a connection string quoted in prose is read as one
            trailing = value[len(value.rstrip(_PROSE_TRAILING)) :]
            if (
                trailing
                and not trailing.strip(".")
                and (trailing == ".." or text[value_end : value_end + 1] in ('"', "'", "`"))
            ):
                trailing = ""  # MSSQL_SA_PASSWORD=Abc123.. and "...=Abc123." in a string: the dots are the value's
            value = value[: len(value) - len(trailing)]
            value_end = value_start + len(value)
            if (
                not prose_literal(value)
                and passphrase is None
                and not (
                    secret_kind == "password"
                    and _PASSPHRASE.fullmatch(value)
                    and (
                        flag
                        or ((op == "=" or last.endswith("passphrase")) and value.count("-") >= 3)
                        # (DBWRITER_USER_PW=Meadow-Willow-Ember alone on its line: a setting a transcript printed)
                        or (op == "=" and not line_prefix.strip() and _LINE_END.match(text, value_end) is not None)
                    )
                )
                # (kubeadm's and karmadactl's "join ... --token abcdef.0123456789abcdef": a bootstrap token's shape)
                and not (flag and _BOOTSTRAP_TOKEN.fullmatch(value) and not is_patterned(value.replace(".", "")))
            ):
                # (a command in a session log: "redis-cli --pass ember-glacier-velvet"; a variable set in a log
                # line: "env DB_PASSWORD=yucca-pumice-fjord-ember-cactus", four words or more)
                return None
            if trailing[:1] in _CLOSERS and _opens_unclosed(value):
                return None  # "T_i = SHA1(T_{i-1})": the closer stripped was the expression's own, cut inside it
        elif (
            code
            and not _in_code_string(text, name_start, name_end, value_end, line_prefix, op, flag)
            and not (kind == "php" and _dotenv_line(text, name_start, name_end, value_end, line_prefix))
        ):
            return None
        elif kind == "ps1" and not flag and op != " ":
            return None  # $Password = Read-Host ...: PowerShell quotes its strings, a bare value is a command
        elif (
            not config
            and not code
            and passphrase is None
            and not _literal_bare_value(value, line_prefix)
            and not (op == "=" and _OPTION_BEFORE_NAME.search(line_prefix))
            # (nullmailer's "... --user=relay --pass=VALUE", "archive-upload --to HOST --token VALUE": an option's)
            and not flag
            # "db:seed": "PGPASSWORD=... psql ...": a command's environment inside a JSON or YAML string
            and not _in_code_string(text, name_start, name_end, value_end, line_prefix, op, flag)
        ):
            return None
    elif in_prose and op in " \t" and not prose_literal(value) and not (flag and group in ("sq", "dq")):
        # "# the password `hash` is checked": a word after the name, quoted, is no password (a command's option
        # in a session log is: "mongosh ... --password 'ravine.yak.8'")
        return None
    if (inner := _INNER_NAME.match(value)) and _name_verdict(inner.group(1).lower())[0]:
        return None  # SetCredential=smtp-password:VALUE: the value names its own secret, whose assignment it holds
    if inner and group == "bq" and inner.group(1).lower().endswith(("_key", "-key")) and value[inner.end() :].strip():
        # "a live key: `pixabay_key: VALUE`": a code span quotes the key's own setting; the value is after its name
        skipped = len(value) - len(value[inner.end() :].lstrip(" \t"))
        value_start += skipped
        value = value[skipped:]
        secret_kind = "key"  # (named a key twice: by the sentence and by the setting)
    if value.startswith(_ENCODING_PREFIXES) and group == "bare":
        # CodeIgniter's "encryption.key = hex2bin:<64 hex>": key material, its encoding named before it (Laravel's
        # "APP_KEY=base64:..." is redacted whole, prefix and all)
        prefix = value.index(":") + 1
        value, value_start, secret_kind = value[prefix:], value_start + prefix, "key"
    if value.startswith("_env:"):
        # Yesod's settings: "_env:PGPASS:default", a variable's name, then the default used when it is unset
        default = value.find(":", len("_env:")) + 1
        if not default or default == len(value):
            return None
        value, value_start = value[default:], value_start + default
    if ":" in value and secret_kind == "password" and _USER_AND_PASSWORD_NAME.search(text, name_start, name_end):
        # GISAID_USERNAME_AND_PASSWORD=ingest:VALUE, USER_PASS="deploy:VALUE": the pair, the password after the colon
        user, _, password = value.partition(":")
        if _USER_NAME_SHAPE.fullmatch(user) and password and not password.startswith((":", "/")):
            value, value_start = password, value_start + len(user) + 1
    quote = value_start - 1
    if group not in ("bare", "element") and "{" in value and "f" in text[quote - 2 : quote].lower():
        return None  # f"{token[:3]}****{token[-4:]}": an f-string's fields are code
    if last.endswith("signingkey") and _KEY_ID_VALUE.fullmatch(value):
        return None  # git's user.signingkey = 3034C5BF4C3D07FB: which GPG key signs, by its id or fingerprint
    if _STORED_ENCRYPTED_AFTER.match(text, value_end):
        return None  # Cisco ASA's "enable password X encrypted": the stored hash, marked so
    if group == "bare" and _OPENED_CALL.fullmatch(value):
        return None  # password=hashPassword("..."): a call's name, its argument read on its own
    if (
        op == ","
        and not (
            flag
            # "the password, s3cr3t!, ...": an aside, when the value reads as one ("the password, token2, ..." lists)
            or (in_prose and group == "bare" and text[value_end : value_end + 1] == "," and stated_literal(value))
            or _argument_pair(text, name_start, name_end, value_end, value, line_prefix)
        )
    ):
        return None
    if op == "(" and not (
        (_SECRET_NAME.fullmatch(last) or (_SETTER.match(_first_word(last)) and _first_word(last) not in _GETTERS))
        and group != "bare"
        and text[value_end + 1 : value_end + 2] == ")"
    ):
        # set_password("s3cret") sets it; get_password("svc", "user"), get_password("key.pem") (what it looks up),
        # add_password(realm, ...) do not
        return None
    if (
        last == "pass"
        and op not in ("=", ":", ":=", "=>", "?=", ":-", "is", "was", "->", ">", "←", "⇐")
        and not flag
        and not _DEFINE.search(line_prefix)
        and not after_user
        and not (op in " \t" and "." in text[name_start:name_end] and _SETTING_COMMAND.search(line_prefix))
        and not (op in " \t" and _USER_NAMED_BEFORE.search(line_prefix))
    ):
        # "the forward pass (...)", "pass into": the English word, not a name ("omero config set omero.db.pass
        # VALUE" is a dotted setting's name, after the command that sets it)
        return None
    if (
        last == "pass"
        and value.isalpha()
        and (not value.islower() or (value.endswith("pass") and text[name_start - 1 : name_start] not in ("?", "&")))
    ):
        # <settings pass="oobeSystem">, pass="windowsPE": a stage's name (setup's, a compiler's); 'pass': 'bandpass':
        # a filter's kind
        return None
    if op == "," and group != "bare" and _ENDS_IN_SECRET_NAME.search(value):
        return None  # ("3.x_password", "3.x_oidc_access_token"): a list of names, the next one no value
    if op == "," and group != "bare" and last[-1].isdigit() and _NUMBERED_SECRET_NAME.fullmatch(value):
        return None  # ('username', 'password1', 'password2'): a form's numbered fields, listed by name
    if op == "==" and _OPTION_WORD.fullmatch(value):
        return None  # update_password == 'always', mechanism == 'sshpass': an option's value, compared
    if code and secret_kind == "password" and value.isalpha() and value.isupper():
        return None  # SETTING_PASS="EXIT": an upper-case word in code is a constant's value, an enum member
    if (
        op in " \t"
        and group == "bare"
        and not flag
        and (ini_key := _INI_KEY_OF_WORDS.match(text, name_start - len(line_prefix))) is not None
        and ini_key.end() > name_end
    ):
        return None  # "Password Minimum Length=4", "Password #22=": an INI setting's name of several words
    if op in " \t" and group == "bare" and value.isalpha() and not flag and _MORE_WORDS.match(text, value_end):
        return None  # "Password reset key invalid.": a word followed by more words is a sentence
    if (
        op in " \t"
        and not (
            flag
            or (
                _key_value_line(text, name_start, config, group, kind) and not _SENTENCE_GOES_ON.match(text, value_end)
            )
            # Gradle's storePassword "...", a Ruby or Groovy DSL's password '...': a setting alone on its line
            or (group in ("dq", "sq") and not line_prefix.strip() and _LINE_ENDS.match(text, value_end + 1))
            # the last pair of a command or a device's config line: nmcli's "802-1x.password '...'", SR OS's
            # "... neighbor "..." authentication-key "...""
            or (group in ("dq", "sq") and not in_prose and _LINE_ENDS.match(text, value_end + 1))
            or (in_prose and secret_kind == "password" and not english_pass)
            # "password Maple.Davao.2006" then "Goodreads key VALUE": the account's key, last on its line
            or (beside_secret and group == "bare" and _LINE_ENDS.match(text, value_end))
            # "user skins" then "pass VALUE": the account's password, on the line after its user
            or (after_user and group == "bare" and _LINE_ENDS.match(text, value_end))
            # "# url: jdbc:... user okmdb   pass VALUE": the user, then the password last on the line
            or (group == "bare" and _USER_NAMED_BEFORE.search(line_prefix) and _LINE_ENDS.match(text, value_end))
            or (group != "bare" and _DEFINE.search(line_prefix))
            # a keyword and its string in a Clojure map or a Lisp plist: {:weatherbit-key "..."}, (:password "...")
            or (group in ("dq", "sq") and _KEYWORD_BEFORE.search(text, max(0, name_start - 2), name_start) is not None)
            # fetchmail's "user 'U' there with password 'P' is 'L' here": a config's keyword, then its quoted value
            or (group in ("dq", "sq") and config and not in_prose and last in ("password", "passwd"))
            # ipsec.secrets: "LEFT RIGHT : PSK "..."": selectors, a colon, the secret's type and the quoted secret
            or (group in ("dq", "sq") and line_prefix.rstrip().endswith(":") and secret_kind == "password")
            # VyOS's "private-key 2JVX...=", "preshared-key ...": 32 random bytes in base64 after a key's name
            or (group == "bare" and bool(_KEY_BASE64_32.fullmatch(value)))
            # a Source dedicated server's console variable on its command line: srcds_run ... +tv_password VALUE
            or (group == "bare" and op == " " and text[name_start - 2 : name_start] in (" +", "\t+"))
            # a shared secret (RADIUS, IPsec) last on its line: a device's server block's " server ADDR secret VALUE",
            # vpnc's "IPSec secret VALUE"
            or (
                group == "bare"
                and last == "secret"
                and secret_kind == "password"
                and _LINE_ENDS.match(text, value_end)
            )
            # a device's user or enable line: "username NAME password VALUE [privilege 15]", "enable password VALUE",
            # A10's "admin NAME password VALUE"
            or (
                group == "bare"
                and config
                and secret_kind == "password"
                and _DEVICE_ACCOUNT_BEFORE.fullmatch(line_prefix)
                and _DEVICE_LINE_ENDS.match(text, value_end)
            )
        )
    ):
        return None  # "the token is ..." in prose; "--password value" on a command line is kept
    targets = _TARGETS_BEFORE.search(line_prefix) if op == "=" and group != "bare" else None
    if targets is not None:
        # user, password = "wile", "coyote": the name is the k-th target, its value the k-th item.
        item = _nth_item(targets.group().count(","), escaped=group == "edq").match(
            text, quote - 1 if group == "edq" else quote
        )
        if item is None:
            return None
        value, value_start, value_end = item.group("quoted"), item.start("quoted"), item.end("quoted")
    if group == "dq" and len(value) > 4 and value.startswith('\\"') and value.endswith('\\"'):
        # buildConfigField("String", "API_KEY", "\"VALUE\""): Gradle puts a Java literal, quotes escaped, in the string
        value, value_start, value_end = value[2:-2], value_start + 2, value_end - 2
    if group != "bare" and _ELEMENT_WHOLE.fullmatch(value):
        # passwd = "<AdminPassword>s3cret</AdminPassword>": markup held in a string; the value is the element's text
        element = _ELEMENT_WHOLE.fullmatch(value)
        value_start, value_end = value_start + element.start(2), value_start + element.end(2)
        value = element.group(2)
    if group in ("dq", "sq") and (code or not kind) and _CONTINUED_LITERAL.match(text, value_end + 1):
        # b_pw = (b"\x91..."\n b"\x27..."): the first of adjacent literals is only part of the value (in code; a
        # .reg file's "Name"="value" lines are one setting each)
        return None
    if group in ("dq", "sq") and _CONCATENATED_NAME.match(text, value_end + 1):
        return None  # password = "utf8-test" + UNICODE_CHARS: the literal is only a prefix of a value built later
    plain = _TRAILING_NUL.sub("", value)  # NTPASSWORD = b"NTPASSWORD\\0": the name, NUL-terminated
    echoed = _SEPARATORS.sub("", plain.lower()) == _SEPARATORS.sub("", last)
    if echoed and (
        not any(char.isdigit() for char in plain)
        or _SETTING_KEY_SEPARATORS.search(plain)
        or _CAMEL_PROPERTY.fullmatch(plain)
    ):
        # rolepassword='rolepassword', api_key="api-key": the name echoed, a template or a signature. With a digit it
        # is the weak password tests type into numbered fields ({"password1": "password1"}), kept, unless the
        # value spells the name as a setting's key (S3_ACCESS_KEY_ID = "s3.access-key-id") or a property's
        # (BIOSF2_PASSWORD = "biosf2Password").
        return None
    if (
        plain.lower() == _SEPARATORS.split(last)[-1] != last
        and _name_verdict(plain.lower())[0]
        and not _NUMBERED_SECRET_NAME.fullmatch(plain)
    ):
        # NAME_MODIFIER_psk2 = 'psk2': a constant spelling the secret's word its name ends in, a tag's name (the
        # numbered field's weak password stays, "new_password1": "password1", and so does PASSWORD_READONLY =
        # "readonly", a password named after its role)
        return None
    if lowered[name_start:name_end] == b"token" and b"chall" in lowered[max(0, name_start - 300) : name_start]:
        return None  # a challenge's token (see challenge_token)
    if value.startswith("=") and (group == "bare" or value.startswith(("==", "=>"))):
        return None  # "password"===e.type: the rest of a comparison's operator, code (a quoted Django key may open so)
    if value.startswith("?") and text[name_start - 2 : name_start] == "${":
        return None  # ${RABBIT_PASS:?set in .env}: a shell expansion's error message for an unset variable
    if english_pass and " " in value and _MESSAGE.fullmatch(value):
        return None  # messages:{pass:"Heading order valid",fail:...}: a check's result message, not a password
    if secret_kind != "password" and CSP_BEFORE.search(_line_before(text, value_start, 4000)):
        return None  # a Content-Security-Policy's report-uri carries a browser client token, public by design
    after = text[value_end : value_end + 400]
    if in_prose and group == "bare" and after.startswith(("'s ", "\u2019s ")):
        return None  # "Original pass: NL-ACC-02's existing closure": a possessive, a noun's name
    if (
        _RANDOM_UUID.fullmatch(value)
        and (_UUID_SECRET_NAME.search(last) or _service_key_name(last))
        and not _RESOURCE_TOKEN_NAME.search(last)
    ):
        # SCW_SECRET_KEY=<uuid>, HEROKU_API_KEY=<uuid>: some providers issue their secrets as random (version 4)
        # UUIDs (Docker Hub's access tokens, given as the registry's password, too); under a name that says
        # secret, token, access key, API key, private key or password one is a secret (elsewhere it names something)
        return Finding(value_start, value_end, KEY, "assignment")
    if group == "bare" and _YAML_TAG.match(text, value_start):
        return None  # MasterUserPassword: !Ref DbPassword, Password: !Sub '...': a tagged node, a reference
    if secret_kind == "password" and (account := _ACCOUNT_BEFORE_PASSWORD.match(value)):
        # sasl_passwd: "ops@corp.io:PASSWORD" (Postfix's and msmtp's user:password): the password after the account
        value_start += account.end()
        value = text[value_start:value_end]
    if op == "," and last.endswith(("userpwd", "userpass")) and ":" in value:
        # curl_easy_setopt(c, CURLOPT_USERPWD, "user:password"): the option takes both, the password after ":"
        value_start += value.index(":") + 1
        value = text[value_start:value_end]
    elif (
        last.endswith(_PAIR_NAME_ENDINGS)
        and (pair := _USER_THEN_COLON.match(value))
        and ":" not in value[pair.end() :]  # ("arn:aws:iam::aws:policy/...Credentials": a resource's name)
    ):
        # motion's "netcam_userpass viewer:VALUE", polipo's parentAuthCredentials = "user:VALUE": the name holds
        # both, the password after the user's ":"
        value_start += pair.end()
        value = text[value_start:value_end]
        secret_kind = "password"
    if value == _RADIUS_SAMPLE_SECRET and last == "secret" and _in_shared_secret_block(text, name_start):
        return None
    if secret_kind != "password" and _WORD_PREFIXED_UUID.fullmatch(value) and not _UUID_SECRET_NAME.search(last):
        return None  # shared_key = "shared:SharedSync-<uuid>": a name built around a UUID, an identifier
    if _ENUM_MEMBER_NAME.fullmatch(text, name_start, name_end) and _enum_member(text, name_start, name_end, value):
        return None  # FACTOR_PASSCODE = 'passcode' beside FACTOR_PHONE = 'phone': an enumeration's members
    if (
        _CODE_NAME.fullmatch(text, name_start, name_end)
        and not _SECRET_NAME.fullmatch(last)
        and _in_code_table(text, value_start, value_end, value)
    ):
        return None  # "CPW": "power" among "CV": "voltage", "UAC": "user_number": codes and the names they stand for
    if secret_kind == "key" and lowered[name_end - 20 : name_end] in (
        b"security.credentials",
        b"security_credentials",
    ):
        secret_kind = "password"  # JNDI's java.naming.security.credentials (SECURITY_CREDENTIALS): a bind's password
    if (
        secret_kind == "key"
        and (
            _last_word(last) in ("secret", "credential")
            or last.endswith("sharedsecret")
            # (OpenLDAP's syncrepl: binddn="..." credentials=VALUE, the bind's password; a fetch's credentials
            # mode, "same-origin", is no secret)
            or (last == "credentials" and "binddn" in line_prefix.lower())
        )
        and (_TYPED_SECRET.fullmatch(value) or (_WORDS_AND_DIGITS.fullmatch(value) and not is_gibberish(value)))
        and not _BASE64_VALUE.fullmatch(value)
    ):
        # set secret Harvest2026?, secret="9*t8UM3*h.M%i%Sk": a shared secret typed by a person (RADIUS, IPsec, a
        # device's peer; a TURN server's TURN_SERVER_CREDENTIAL=princess1), a password; generated key material is
        # longer or of one encoding
        secret_kind = "password"
    if (
        secret_kind == "password"
        and last.endswith("psk")
        and _PSK_HEX.fullmatch(value)
        and (lowered.find(b"ssid", max(0, name_start - 400), name_start) < 0 or not _NETWORK_PSK_NAME.search(last))
    ):
        # stunnel's "psk: <64 hex>": random key material, not a password's hash (wpa_supplicant's psk=<64 hex>
        # under a network's ssid is the hash of its passphrase; an OTA_PSK beside the Wi-Fi's SSID is not the
        # network's)
        secret_kind = "key"
    if flag and last == "key" and "." in value:
        return None  # "aws s3api ... --key Map_Data_June.mp4", "--key client.key": an object's or a file's name
    # .netrc and .pgpass hold passwords as typed (a hex API key there is the key, not a stored hash of one)
    stored_hashes = kind not in ("netrc", "pgpass")
    context = _line_before(text, value_start)
    if group != "bare" and _DECODED_VALUE.match(text, name_end):
        context = _line_before(text, name_end) + " = "  # (the decoder's "hex" names the value's encoding, no hash)
    if group == "dq" and line_prefix.rstrip().endswith('"'):
        # <power hash="sha256" diepass="VALUE">: another attribute's words name nothing of this one's value
        context = text[name_start:value_start]
    elif flag and op == " ":
        # "--fetch-public-key SHA256:... --auth-key VALUE": nor do another option's
        context = text[name_start:value_start]
    if group in ("dq", "sq") and (
        _REPEATED_AFTER.match(text, value_end + 1) or (op == "," and _MAPPING_KEY_AFTER.match(text, value_end + 1))
    ):
        # b"\x01" * 32: a filler byte, repeated; {"flag": "--password", "label": ...}: the next item is a
        # mapping's key
        return None
    if op == "(" and group in ("dq", "sq") and snake_name(value) and text.startswith(")", value_end + 1):
        return None  # self.secret('client_id'): a getter given the name of the field it reads
    if not (
        # (a salt's name may say what it salts: Cloudreve's HashIDSalt, for the ids it hashes into URLs)
        (
            secret_kind in ("constant", "key")
            and last.endswith("salt")
            and _site_salt(text, value, value_start, value_end)
        )
        or _secret_value(value, context, secret_kind, after, stored_hashes)
        or (secret_kind == "constant" and kind in _SETTINGS_KINDS and _deployed_hex_key(value, context, last))
    ):
        return None
    if last.endswith("salt") and _DIGEST_ASSIGNED_LINE.search(text, *_line_above(text, name_start)):
        return None  # "password=<sha512 hex>" then "salt=...": one record's salt, stored with the digest it salts
    if last == "salt" and _ENVELOPE_FIELD.search(text, max(0, name_start - 300), min(len(text), value_end + 300)):
        return None  # {"salt": ..., "iv": ..., "ciphertext": ...}: an encrypted envelope's public parameters
    if (
        secret_kind != "password"
        and _BASE58_32_BYTES.fullmatch(value)
        and _SOLANA_WORD.search(text, max(0, value_start - 300), value_end)
    ):
        return None  # "sol_token": "So111...", then "usdc_token": "EPjF...": token mints' addresses, public by design
    if secret_kind != "password" and algolia_search_key(text, value_start, value_end, last):
        return None
    if secret_kind != "password" and _in_value_table(text, value_start, value_end, value):
        return None  # "AWS::IAM::AccessKey": "bf29289b78d371e3" among rows of resource types and their hashes
    if secret_kind != "password" and _named_record_key(text, last, name_start, value_end):
        return None  # {"service_key": "gh79...", "service_name": "Google Voice"}: the record's key beside its name
    if (
        secret_kind == "password"
        and kind == "netrc"
        and _API_KEY_LOGIN.search(text, max(0, name_start - 200), name_start)
    ):
        secret_kind = "key"  # "login apikey" then "password apikey|...": LabKey's and other APIs' key in the password
    if secret_kind == "password" and kind in ("yaml", "yml") and _in_secret_data(text, lowered, value_start, value):
        secret_kind = "key"  # a Kubernetes Secret's data: the base64 of the password, stored as an opaque key
    if secret_kind == "password" and _PRE_SHARED_NAME.search(last) and _KEY_BASE64_32.fullmatch(value):
        if is_encoded_text(value):
            return None  # 'preshared_key': base64 of "???WantToTry...???": an example's words, encoded by hand
        secret_kind = "key"  # WireGuard's preshared_key: 32 random bytes, a key; an IKE pre-shared key is typed
    if (
        secret_kind == "password"
        and last.endswith(("passphrase", "passkey"))
        and _HEX_API_KEY.fullmatch(value.lower())
    ):
        # OIDCCryptoPassphrase: "<64 hex digits>", Folding@home's passkey: generated key material, not typed
        secret_kind = "key"
    if (
        group == "bare"
        and len(value) >= 32
        and _HEX_RUN.fullmatch(value)
        and (wrapped := _WRAPPED_HEX_LINES.match(text, value_end))
    ):
        value_end = wrapped.end()  # an RFC's test vector wrapped at 72 columns: the value runs on, line by line
    return Finding(value_start, value_end, PASSWORD if secret_kind == "password" else KEY, "assignment")


# Lines of hex alone after a hex value: the rest of it, wrapped (RFC 9180's "shared_secret: 776a..." then "d5e4...")
_WRAPPED_HEX_LINES = re.compile(r"(?:[ \t]*\r?\n[ \t]+[0-9a-fA-F]{16,}(?=[ \t]*\r?(?:\n|$)))+")


# A Wi-Fi network's pre-shared key by its name: psk alone, or after a word for the network or its interface
_NETWORK_PSK_NAME = re.compile(r"(?:^|(?:^|[^a-z0-9])(?:wifi|wi_fi|wpa2?|wlan|sta|ap|network|wireless|net)[_-]?)psk$")
_BASE64_VALUE = re.compile(r"(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
_API_KEY_LOGIN = re.compile(r"(?i)\blogin[ \t]+(?:api_?key|apitoken|token|__token__)[ \t]*\r?\n[ \t]*$")
# A YAML local tag before a node (CloudFormation's !Ref, !GetAtt, !Sub; Ansible's !vault): the value is what follows.
_YAML_TAG = re.compile(r"![A-Za-z][\w.:-]*[ \t]+\S")
# One row of a table of names and hex values: "NAME": "VALUE", NAME = VALUE, NAME: VALUE.
_TABLE_ROW = re.compile(
    r"""[ \t]*["']?(?P<name>[^"'\n=]{1,120}?)["']?[ \t]*[:=][ \t]*"""
    r"""["']?(?P<value>[0-9a-fA-F]{8,256})["']?[ \t]*,?[ \t]*"""
)
_NAME_PARTS = re.compile(r"[.:/]+")  # AWS::SecretsManager::RotationSchedule names a rotation schedule
_TABLE_LINES = 3  # rows looked at on each side
_TABLE_MIN_ROWS = 4  # of them, how many must hold digests of the same length under names that are no secret's


def _neighbour_lines(text: str, value_start: int, value_end: int) -> tuple[list[str], list[str]]:
    """Up to _TABLE_LINES lines before and after the value's line (none where its line is too long to be a row)."""
    line_start = text.rfind("\n", max(0, value_start - 400), value_start) + 1
    line_end = text.find("\n", value_end, value_end + 400)
    if line_start == 0 and value_start > 400 or line_end < 0:
        return [], []
    before = text[max(0, line_start - 1200) : max(0, line_start - 1)].split("\n")[-_TABLE_LINES:]
    return before, text[line_end + 1 : line_end + 1200].split("\n")[:_TABLE_LINES]


def _in_value_table(text: str, value_start: int, value_end: int, value: str) -> bool:
    """The value is one row of a table of hex digests of the same length (hashes of resource types, of files) whose
    other rows are under names that hold no secret: the name of this row ("AWS::IAM::AccessKey") names a thing the
    table is about, not a secret kept here. Credentials come alone or beside other credentials, not among many rows
    of hashes under ordinary names."""
    if not _HEX_RUN.fullmatch(value):
        return False
    before, after = _neighbour_lines(text, value_start, value_end)
    rows = 0
    for line in before + after:
        row = _TABLE_ROW.fullmatch(line)
        if (
            row is not None
            and len(row.group("value")) == len(value)
            and _HEX_RUN.fullmatch(row.group("value"))
            and not _SECRET_NAME.search(_NAME_PARTS.split(row.group("name").lower())[-1])
        ):
            rows += 1
    return rows >= _TABLE_MIN_ROWS


# An option just before the word: in "kpasswd -protocol kpasswd HOST" the word is the option's value.
_OPTION_BEFORE = re.compile(r"(?:^|[\s\"'])--?[A-Za-z][\w-]*[ \t]+$")
_INNER_PAIRS = re.compile(r"[A-Za-z_]\w*=[^~&;,=]*(?:[~&;,][A-Za-z_]\w*(?:=[^~&;,=]*)?)+")
# "+RID:~Yxs1...#RT:1#TRC:5#ISV:2", "foo#100#1=20#2=5#3=30": a continuation or session token's fields after "#"
_HASH_FIELDS = re.compile(r"#\w{1,8}[:=]\w{1,8}(?=#|$)")
_CLASS_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,}")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")


def _class_name(value: str) -> bool:
    """A type's name ("AuthenticatorMethodSimple", "PasswordInputField"): three or more capitalised words of code,
    not "CopperBrambleQuartz", words no name in code is made of."""
    return bool(_CLASS_NAME.fullmatch(value)) and any(
        word.lower() in CODE_WORDS for word in _CAPITALISED_WORD.findall(value)
    )


def camel_passphrase(value: str) -> bool:
    """Three or more capitalised words, none a word of code, as password generators join them
    ("CopperBrambleQuartz")."""
    return bool(_CLASS_NAME.fullmatch(value)) and not _class_name(value)


_LONG_OPTION = re.compile(r"--[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_PRINTF_ONLY = re.compile(r"(?:%[-#0 +]?\d*[sdrf]|\\[nrt])+")
_NUL_ONLY = re.compile(r"(?:\\(?:x00|0|u0000))+")
# A protocol's attribute, header or field constant (ATTR_PSK, HDR_PASSCODE): a code or a name, not a secret
_CODE_CONSTANT_NAME = re.compile(r"(?:attr|attribute|hdr|header|field)s?_")
# Google's app passwords as shown: four groups of four letters
_SPACED_APP_PASSWORD = re.compile(r"[a-z]{4}(?: [a-z]{4}){3}(?![\w-])")


def _spaced_passphrase(text: str, value_start: int) -> re.Match | None:
    """A passphrase given to a password's name, up to the line's end ("password: harbor nimbus thistle pixel"):
    four to six words, none a sentence's or an instruction's ("see shared drive folder"), as diceware draws them."""
    spaced = _SPACED_PASSPHRASE.match(text, value_start)
    if spaced is None or not is_passphrase(spaced.group()):
        return None
    return spaced if _INSTRUCTION_WORDS.isdisjoint(spaced.group().split()) else None


_SPACED_PASSPHRASE = re.compile(r"[a-z]{3,9}(?: [a-z]{3,9}){3,5}(?=[.,;)]?[ \t]*(?:\r?\n|$))")
# Words that make a line an instruction or a note about the password, not the password
_INSTRUCTION_WORDS = frozenset(
    "see ask use check contact stored store set same change changed reset generated random via per only none null "
    "default changeme please keep kept vault wiki docs drive folder file team admin ops manager sent send given "
    "provided available rotated rotate unknown todo tbd later soon has have had been being before after anything "
    "something nothing everything when where which who what while until unless then than also just very more most "
    "any some all each every both either such own other into onto upon about above below over under again once "
    "do does did done would could might shall may".split()
)
# (Huawei VRP's "simple" before a plaintext value, "cipher" before its stored ciphertext)
_DEVICE_ACCOUNT_BEFORE = re.compile(r"[ \t]*(?:enable|(?:user(?:name)?|admin)(?:[ \t]+[\w.@-]{1,64}){1,2})[ \t]+")
_DEVICE_LINE_ENDS = re.compile(r"[ \t]*(?:\r?\n|$)|[ \t]+(?:privilege|level|role)[ \t]")
_LEET_LETTERS = str.maketrans("013457@$", "oieastas")
_SECRET_WORD_SPELLED = re.compile(r"secret|passw(?:or)?d|apikey|token")
_VALUE_ENCODING_KEYWORDS = frozenset(
    "ascii-text hexadecimal simple cipher irreversible-cipher clear encrypted".split()
)
# An account before a password in one value: Postfix's "ops@corp.io:PASSWORD", or a device's built-in account
# (Yealink's "static.security.user_password = admin:PASSWORD")
_ACCOUNT_BEFORE_PASSWORD = re.compile(r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|admin|root|guest):(?=\S)")
# A short value with a symbol or a hyphen between words: typed, not generated as key material
# (no brackets or slashes: "[secret:key@]bucket/object" in a URI template is syntax)
_TYPED_SECRET = re.compile(r"(?=[^\n]*[^A-Za-z0-9])[^\s\[\](){}<>/\\]{6,24}|[A-Za-z]{3,}(?:-[A-Za-z]{3,}){2,}\d{0,4}")
# (or words and digits run together: Accumulo's "instance.secret=TamarindPrairieOtter9")
_WORDS_AND_DIGITS = re.compile(r"(?=[^\d]*\d)(?=.*[A-Za-z]{4})[A-Za-z0-9]{8,24}")
_KEYWORD_ARGUMENT = re.compile(r"[A-Za-z_]\w*=")
# The next attribute's name where a value was expected: <input type="password" class="...">
_ATTRIBUTE_NAME_VALUE = re.compile(r"[A-Za-z][A-Za-z-]*\d{0,2}=")
# A stand-in that names the format it wants: noise_psk="BASE64KEY", api_key: HEXTOKEN
_FORMAT_PLACEHOLDER = re.compile(
    r"(?:BASE64|B64|BASE32|HEX|RANDOM|ENCODED|YOUR|MY|SOME|NEW|API)+_?(?:KEY|TOKEN|SECRET|PASSWORD|PSK|PASS)S?"
)
# (and a literal closed and reopened around a variable: "password":"'+password+'")
_QUOTES_OF_CODE = re.compile(r"""[=:{\[(][ \t]*b?["']|["'][ \t]*[:})\]]|^["'][ \t]*\+|\+[ \t]*["']$""")
_LINE_ENDS = re.compile(r"[ \t]*[;,.]?[ \t]*(?:(?://|#)[^\n]*)?(?:\r?\n|$)")  # (COBOL ends a statement with ".")
_TRAILING_NUL = re.compile(r"(?:\\(?:x00|0|u0000))+$")
# A word (and more) glued to a UUID: "shared:SharedSync-6E1C0494-1BF4-4928-BD07-3FD81633193E"
# (a vendor's token prefix is short: Axiom's "xaat-<uuid>" is a token)
_WORD_PREFIXED_UUID = re.compile(
    r"(?=[A-Za-z:._-]{8})[A-Za-z:._-]*[A-Za-z]{4}[A-Za-z:._-]*[:_-]"
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
# An upper-case constant with a prefix: FACTOR_PASSCODE
_ENUM_MEMBER_NAME = re.compile(r"(?P<prefix>[A-Z][A-Z0-9]*)_[A-Z0-9_]*[A-Z0-9]")
# A short upper-case code: "CPW", "PM25"
_CODE_NAME = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_CODE_TABLE_VALUE = re.compile(r"[a-z][a-z0-9_.]*")
_CODE_ROW = re.compile(r"""[ \t]*(["'])[A-Z][A-Z0-9]{1,7}\1[ \t]*:[ \t]*(["'])[a-z][a-z0-9_.]*\2[ \t]*,?[ \t]*""")


def _enum_member(text: str, name_start: int, name_end: int, value: str) -> bool:
    """The constant's value spells its own last word, a secret's name, and a sibling constant with the same prefix
    sits within a few lines: the members of an enumeration, each a name for a mode or a factor, not a secret."""
    if value.lower() != _last_word(text[name_start:name_end].lower()) or not _SECRET_NAME.search(value.lower()):
        return False  # (PASSWORD_READONLY = "readonly" beside PASSWORD_ADMIN: each role's password, its name)
    prefix = text[name_start : text.index("_", name_start)]
    window = text[max(0, name_start - 300) : name_end + 300]
    sibling = re.compile(rf"(?m)^[ \t]*{re.escape(prefix)}_[A-Z0-9_]+[ \t]*[:=]")
    return len(sibling.findall(window)) >= 2


def _in_code_table(text: str, value_start: int, value_end: int, value: str) -> bool:
    """``"CPW": "power"`` as one row of a table mapping short upper-case codes to lower-case names."""
    if not _CODE_TABLE_VALUE.fullmatch(value):
        return False
    before, after = _neighbour_lines(text, value_start, value_end)
    return sum(_CODE_ROW.fullmatch(line) is not None for line in before + after) >= _TABLE_MIN_ROWS


# A vendor's short prefix glued to a JWT (EdgeDB's nbwt_), in the value and before a match
_JWT_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9]{1,9}_(?=eyJ)")
_JWT_PREFIX_BEFORE = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]{1,9}_$")
_RANDOM_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}")


def _service_key_name(name: str) -> bool:
    """``stadia_key``, ``airlabs-key``, ``EMAILOCTOPUS_KEY``: a service's name and "key", not an id's kind."""
    match = _SERVICE_KEY_NAME.search(name.lower())
    return match is not None and match.group(1) not in _ID_KIND_WORDS


_SERVICE_KEY_NAME = re.compile(r"(?<![a-z0-9])([a-z][a-z0-9]{2,})[_-]key$")
# A custom HTTP header named for a service's key or token: "X-Beacon-Key", "X-Shop-Token"
_PAIR_NAME_ENDINGS = ("userpass", "userpwd", "credentials")
# (a user's name: letters, maybe a number after them; not a drive's letter, not the first half of a hex pair)
_USER_THEN_COLON = re.compile(r"[A-Za-z][A-Za-z._-]{1,31}\d{0,4}:(?=[^\s/\\])")
_CUSTOM_HEADER_KEY = re.compile(r"x-(?:([a-z][a-z0-9]+)-)?(?:key|token)")
# What a UUID under "<word>_key" identifies rather than opens: idempotency_key, partition_key, user_key
_ID_KIND_WORDS = frozenset(
    "idempotency correlation trace request dedup deduplication partition sort row primary foreign object lookup "
    "entity record resource node tenant project order user account customer device instance item event message "
    "group team org organization cache index hash map file upload download job task session".split()
)
_UUID_SECRET_NAME = re.compile(
    r"(?:secret|api[_-]?key|apikey|token|access[_-]?key|private[_-]?key|password|passwd)(?:[_-]?key)?$"
)
_MESSAGE = re.compile(r"[A-Z][a-z]+(?: [a-z]+(?:-[a-z]+)?){2,8}")  # (words, some hyphenated: "All self-tests passed")
# A Content-Security-Policy's report-uri and Cloudflare's Web Analytics beacon carry browser-side tokens, public by
# design (every visitor's browser receives them).
CSP_BEFORE = re.compile(r"(?i)content-security-policy|report-uri[ \t]|data-cf-beacon")
_TOP_LEVEL_KEY = re.compile(r"\n([A-Za-z_][\w-]*):")


def _in_secret_data(text: str, lowered: bytes, value_start: int, value: str) -> bool:
    """The value is base64 under the top-level ``data:`` of a manifest of ``kind: Secret``."""
    if not _BASE64_VALUE.fullmatch(value) or b"kind: secret" not in lowered:
        return False
    last_key = None
    for match in _TOP_LEVEL_KEY.finditer(text, max(0, value_start - 4000), value_start):
        last_key = match.group(1)
    return last_key == "data"


_SEPARATORS = re.compile(r"[_.\-\s]")
_SETTING_KEY_SEPARATORS = re.compile(r"[A-Za-z0-9][.-][A-Za-z]")
_CAMEL_PROPERTY = re.compile(r"[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+")
_SQL_PARAMETER_BEFORE = re.compile(r"(?:^|[\s,(])@$")
# A name and a colon opening a value: "smtp-password:..." in systemd's SetCredential=smtp-password:VALUE
_INNER_NAME = re.compile(r"([A-Za-z_][\w.-]{0,60}):(?!//)")
# A setting's path opening its line, up to the name: "keystore/release_password", "General/ProxyPassword"
# (or a Java properties key that is a URL, its colon escaped: OmegaT's "https\://host/repo.git/password=...";
# or a device console's setting, "$" first, as typed or noted in a comment: FluidNC's "# $Sta/Password=...")
_SETTING_PATH_BEFORE = re.compile(
    r"(?m)^[ \t]*(?:(?:#|//|;)[ \t]*)?\$?/?(?:[A-Za-z_][\w.-]*(?:/[\w.-]+)*|[A-Za-z][\w+.-]*\\:[^\s=]*)/$"
)
_RESOURCE_NAME_BEFORE = re.compile(r"(?:arn|urn):[\w.:/-]*:$", re.IGNORECASE)
_BARE_VALUE_END = re.compile(r"</|\[/[A-Za-z]|\\[nrt]|\\u003[cCeE]")
_CLOSERS = frozenset(")]}")
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_ENDS_IN_SECRET_NAME = re.compile(r"[a-z0-9][_-](?:access[_-]?)?(?:token|password|passwd|secret|key|credentials?)$")
_NUMBERED_SECRET_NAME = re.compile(r"(?:new_?|old_?)?(?:password|passwd|pass|pin|secret|token)_?\d", re.IGNORECASE)
_CALL_IN_VALUE = re.compile(r"[A-Za-z_][A-Za-z_.]{2,}\((?![^(]{0,8}\)?$)")
_MORE_WORDS = re.compile(r"[ \t]+[A-Za-z]+[ \t]+[A-Za-z]+")
_MORE_WORDS_ON_LINE = re.compile(r"[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+)*[ \t]*(?:\r?\n|$)")
_ELEMENT_WHOLE = re.compile(r"<([A-Za-z][\w:.-]*)>([^<>]{1,256})</\1>")
# The next line opens another string literal right after this one closes: Python's and C's implicit concatenation.
_CONCATENATED_NAME = re.compile(r"[ \t]*(?:\+|\.|\|\|)[ \t]*[A-Za-z_$][\w$.]*(?![\w$.]*[ \t]*\()")
_CONTINUED_LITERAL = re.compile(r"""[ \t]*\r?\n[ \t]*[rbuf]{0,2}["']""")


def _opens_unclosed(value: str) -> bool:
    """``value`` opens a bracket it does not close."""
    depth = 0
    for char in value:
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth -= 1
    return depth > 0


# An element's text after its name: <password>...</password>, or the tag's end after a naming attribute.
_ELEMENT_STARTS = frozenset(">\"'")
# (and Plexus's <entry><key>NAME</key><value>VALUE</value></entry>, in Archiva's and Maven's settings)
_PLIST_VALUE = re.compile(r"</key>[ \t]*\r?\n?[ \t]*<(?P<tag>string|value)>(?P<element>[^<>\n]{1,512})</(?P=tag)>")
# Text kept verbatim in a CDATA section (PluXml's <parametre name="smtp_password"><![CDATA[VALUE]]></parametre>)
_CDATA_OPEN, _CDATA_CLOSE = r"(?:<!\[CDATA\[)?", r"(?:\]\]>)?"
# (after a name="..." attribute, the element's other attributes, and the value's own element inside it: Lantronix's
# <configitem name="... password"><value>VALUE</value>, JMeter's <elementProp name="password" ...><stringProp ...>)
_ELEMENT_VALUE = re.compile(
    r"""(?:["'](?:[ \t]+[\w:.-]+=(?:"[^"<>\n]*"|'[^'<>\n]*'))*[ \t]*>"""
    r"""(?:[ \t]*<[\w:.-]+(?:[ \t]+[\w:.-]+=(?:"[^"<>\n]*"|'[^'<>\n]*'))*>)?|>)"""
    rf"""{_CDATA_OPEN}(?P<element>[^<>\n]{{1,512}}){_CDATA_CLOSE}</"""
)
_ATTRIBUTED_ELEMENT_VALUE = re.compile(
    r"""(?P<attributes>(?:[ \t]+[\w:.-]+=(?:"[^"<>\n]*"|'[^'<>\n]*'))+)[ \t]*>"""
    rf"""{_CDATA_OPEN}(?P<element>[^<>\n]{{1,512}}){_CDATA_CLOSE}</"""
)
# (FAHClient's config.xml writes the attribute as "v": <password v="VALUE"/>)
_VALUE_ATTRIBUTE = re.compile(r"""[ \t]+v(?:alue)?=(["'])(?P<element>[^"'<>\n]{1,512})\1""")
# Attributes saying the element's text is stored in another form (FileZilla's encoding="base64", a hash)
_STORED_FORM_ATTRIBUTE = re.compile(r"(?i)encod|encrypt|hash|cipher|format")
# A heredoc of one line: <<EOT, <<-EOT, <<~EOT, <<"EOT", then the body line and the marker alone on its line.
_HEREDOC = re.compile(
    r"""<<[-~]?(["']?)(?P<marker>[A-Za-z_]\w*)\1[ \t]*\r?\n"""
    r"""[ \t]*(?P<body>[^\s]{1,512})[ \t]*\r?\n[ \t]*(?P=marker)\b"""
)
# C's #define NAME "...", and the Lisps' (define NAME "..."), (defparameter *NAME* "..."), (def NAME "..."),
# (setq NAME "..."), Guix's (define %NAME "...")
_DEFINE = re.compile(
    r"#[ \t]*define[ \t]+$|\((?:define|defparameter|defvar|defconst|defconstant|def|setq|setf|set!)[ \t]+[*%]?$"
)
# ODBC quotes a value holding ";" in braces: PWD={a;b}.
_ODBC_BRACED = re.compile(r"\{([^{}\n]{1,256})\}")
# Files where a setting's bare value is the rest of its line's word (a dotenv, INI or properties file, a YAML
# block mapping): ";", "," and ")" belong to the value there, as in a password.
LINE_VALUE_KINDS = frozenset("env envrc ini cfg cnf conf properties yaml yml".split())
_STARTS_A_SETTING = re.compile(r"[ \t]*(?:(?:export|set|-)[ \t]+)?")
_NON_SPACE = re.compile(r"\S*")
# Prose that gives a value later in the sentence: "password for the staging db is X", "password (str): the
# password, defaults to 'X'", "password, e.g. `X`".
_PROSE_TRAILING = ".,;:)]}>*"
_PROSE_VALUE_LATER = re.compile(
    # up to the value, within the sentence, or into the next one when it gives the default ("The password.
    # Defaults to ...", Google's docstring style)
    r"""(?:[^\n.'"`{}]|(?<=[A-Za-z])'(?=[a-z])|\.(?=[ \t]+[Dd]efaults?\b)){0,60}?"""
    # ("has >= `count`", "== x": a comparison's "=" gives no value)
    r"""(?:[ \t](?:is|was)|:|(?<![<>!=])=(?!=)|[Dd]efaults?(?:[ \t]+(?:to|is))?:?|e\.g\.,?"""
    r"""|for[ \t]+example,?|such[ \t]+as)"""
    r"""[ \t]+(?:(?:e\.g\.,?|for[ \t]+example,?)[ \t]+)?(?:\*{1,2})?"""
    r"""(?:(?P<q>["'`])(?P<quoted>[^"'`\n]{1,128})(?P=q)|(?P<bare>[^\s"'`,;)}]{1,128}))"""
)


_ANOTHER_PARAMETER = re.compile(r",[ \t]*[A-Za-z_]\w*[ \t]*:[ \t]*[A-Za-z_]")


def _left_the_name(gap: str) -> bool:
    """The sentence has moved on from the secret's name before the value the prose rule found later: "(... PSK
    modes) is IND-CCA2-secure" closes the aside that held the name; "password: str, salt: str, iterations: int =
    600000" gives the next parameter's default; "secret key (agreed using a protocol such as X3DH)" names an example
    of something else in an aside."""
    return (
        gap.count(")") > gap.count("(")
        or bool(_ANOTHER_PARAMETER.search(gap))
        or ("(" in gap and gap.endswith(("such as ", "such as\t")))
    )


# The next parameter of a query string or key=value list glued to a bare value.
_NEXT_PARAMETER = re.compile(r"&(?:amp;)?(?=[A-Za-z_][\w.-]*=)")  # (in XML or HTML "&amp;" joins them)
# A lower-case word (with "_" or "-"): what code compares an option to.
_OPTION_WORD = re.compile(r"[a-z]+(?:[_-][a-z]+)*")


# Targets of a tuple assignment before the name, from the start of the statement (not a call's arguments).
# (Lua declares them local: "local USER, PASS = ...")
_OPTION_BEFORE_NAME = re.compile(r"[\w.-]+=[^\s,=]+,$")
_TARGETS_BEFORE = re.compile(r"^[ \t]*[\"']?(?:local[ \t]+)?(?:[A-Za-z_][\w.]*[ \t]*,[ \t]*)+$")


@lru_cache(maxsize=16)
def _nth_item(index: int, escaped: bool = False) -> re.Pattern:
    r"""The ``index``-th quoted item of a list; ``escaped``: its quotes written \" inside a string (a notebook's
    source lines)."""
    if escaped:
        item = r'\\"[^"\\\n]*\\"[ \t]*,[ \t]*'
        return re.compile(f"(?:{item}){{{index}}}" + r'\\"(?P<quoted>[^"\\\n]{1,512})\\"')
    item = r"""[rbuf]{0,2}(["'`])(?:(?!\1)[^\n])*\1[ \t]*,[ \t]*"""
    return re.compile(
        f"(?:{item}){{{index}}}" + r"""[rbuf]{0,2}(?P<q>["'`])(?P<quoted>(?:(?!(?P=q))[^\n]){1,512})(?P=q)"""
    )


# How far after a declared secret's name its default or value is looked for.
_DECLARATION_WINDOW = 300
_DEFAULT_OR_VALUE = re.compile(
    # (XSLT gives a parameter's value as an expression: <xsl:param name="..." select="'VALUE'"/>)
    r"""(?i)(?<![\w.$])["']?(?:default|(?:parameter)?value|select)["']?[ \t]*[:=][ \t]*"""
    r"""(?:[rbuf]{0,2}(?P<q>["'`])(?P<quoted>(?:(?!(?P=q))[^\n]){1,512})(?P=q)|(?P<bare>[^\s"'`,;)}]{1,512}))"""
)
_BLOCK_OPENS = re.compile(r"""["']?[ \t]*(?:[:=][ \t]*)?\{""")
_ARGUMENT_FOLLOWS = re.compile(r"""["'][ \t]*,""")
_KEY_BLOCK_FOLLOWS = re.compile(r"""["']?[ \t]*:[ \t]*(?:#[^\n]*)?\r?\n""")
# (MTA names its protected settings with "@": <setting name="@mysql.password" value="..."/>)
_NAME_FIELD_BEFORE = re.compile(
    r"""(?i:name|key|header|(?<![\w-])id)["']?[ \t]*[:=][ \t]*(?:["']@?|["'](?:[\w-]+[ \t]+){1,3})?$"""
)
_NEXT_ITEM = re.compile(r"\n[ \t]*(?:- |\}|\{)")
# A flag given as a call's first argument, or after other flags: add_argument("-p", "--password", default=...).
# A quoted name after anything else is an item of a list ("phpass", "sha256_crypt"], default="...").
_OPENS_ARGUMENTS = re.compile(r"""(?:\(|["']-[\w-]*["'][ \t]*,)[ \t\r\n]*$""")


def _declared_default(text, lowered, hit, name_end, kind, config) -> Finding | None:
    """A secret declared by name with its value given by a ``default`` or ``value`` field of the same declaration:
    ``variable "db_password" { default = "..." }`` (Terraform), ``add_argument("--password", default="...")``,
    a CloudFormation parameter's ``Default:``, ``- name: DB_PASSWORD`` / ``value: ...`` (Kubernetes env) and
    ``{"name": "DB_PASSWORD", "value": "..."}``."""
    name_start = _name_start(lowered, hit)
    line_prefix = _line_before(text, name_start)
    window_end = min(len(text), name_end + _DECLARATION_WINDOW)
    if _BLOCK_OPENS.match(text, name_end):
        close = text.find("}", name_end, window_end)
        window_end = close if close >= 0 else window_end
    elif (
        text[name_start - 1 : name_start] in ("'", '"')
        and _ARGUMENT_FOLLOWS.match(text, name_end)
        and _OPENS_ARGUMENTS.search(text, max(0, name_start - 200), name_start - 1)
    ):
        close = text.find(")", name_end, window_end)
        window_end = close if close >= 0 else window_end
    elif config and _KEY_BLOCK_FOLLOWS.match(text, name_end):
        window_end = _indented_block_end(text, name_start, line_prefix, window_end)
    elif _NAME_FIELD_BEFORE.search(line_prefix):
        if line_prefix.rfind("<") > line_prefix.rfind(">"):
            # <Property value="0" key="vCloud_resetPassword"/>: in a tag the declaration ends with the tag; the
            # next tag's value="..." belongs to another key
            close = text.find(">", name_end, window_end)
            window_end = close if close >= 0 else window_end
        elif line_prefix.count("{") > line_prefix.count("}"):
            close = text.find("}", name_end, window_end)  # - {key: become_ask_pass, section: ...}: a flow mapping
            window_end = close if close >= 0 else window_end
        else:
            item = _NEXT_ITEM.search(text, name_end, window_end)
            window_end = item.start() if item else window_end
    else:
        return None
    match = _DEFAULT_OR_VALUE.search(text, name_end, window_end)
    if match is None:
        return None
    named = _name_kind(text, lowered, name_start, name_end)
    if named is None or _FLAG_NAME.search(named[0]):
        return None
    group = "quoted" if match.group("quoted") is not None else "bare"
    if group == "bare" and not config:
        return None
    value, value_start, value_end = match.group(group), match.start(group), match.end(group)
    if group == "quoted" and len(value) > 2 and value[0] == value[-1] and value[0] in "\"'":
        value, value_start, value_end = value[1:-1], value_start + 1, value_end - 1  # value='"...": quoted twice
    if group == "bare" and _MORE_WORDS_ON_LINE.match(text, match.end(group)):
        return None  # OpenShiftAdminPassword: / default: OpenShift UI Password: a parameter's label, words
    before = text[name_start:name_end] + " = "
    if not _secret_value(value, before, named[1], text[value_end : value_end + 400]):
        return None
    return Finding(value_start, value_end, PASSWORD if named[1] == "password" else KEY, "assignment")


def _indented_block_end(text: str, name_start: int, line_prefix: str, limit: int) -> int:
    """The end of the lines after the name's own that are indented deeper than it (a YAML mapping's body)."""
    indent = len(line_prefix) - len(line_prefix.lstrip(" \t-"))
    position = text.find("\n", name_start, limit)
    while 0 <= position < limit:
        line_end = text.find("\n", position + 1, limit)
        line = text[position + 1 : line_end if line_end >= 0 else limit]
        if line.strip() and len(line) - len(line.lstrip(" \t")) <= indent:
            return position
        position = line_end
    return limit


_AUTH_MECHANISM = re.compile(r"(?i)x?oauth2?|x-oauth-basic")
# Forty or more hex digits in a URL's password place: an access token (Gitea's, Forgejo's), not a typed password
_HEX_TOKEN = re.compile(r"[0-9a-f]{40,64}")
# User names that hosts give an access token in a URL's password place: GitLab's oauth2 and gitlab-ci-token,
# Bitbucket's x-token-auth, GitHub Apps' x-access-token. The value is a token, not a person's password.
_HYPHENATED_WORDS = re.compile(r"[A-Za-z]+(?:[_.-][A-Za-z]+)+")
_TOKEN_USER = re.compile(r"(?i)oauth2|gitlab-ci-token|x-token-auth|x-access-token|x-oauth-basic")


# The Xtream Codes API that IPTV panels serve: a stream's URL holds the subscriber's user and password as path
# segments, http://HOST:PORT/live/USER/PASSWORD/STREAM_ID.ts (and /movie/, /series/)
_STREAM_PATH = re.compile(
    r"://[^\s/]{1,253}/(?:live|movie|series)/[^\s/]{1,64}/(?P<value>[^\s/]{4,128})/\d{1,10}\.(?:ts|m3u8|mp4|mkv|avi)\b"
)


# An RTMP ingest URL's stream key, the path's last segment after the application's: rtmp://a.rtmp.youtube.com/live2/
# KEY, rtmps://live-api-s.facebook.com:443/rtmp/FB-..., rtmp://HOST/live/KEY; whoever holds it broadcasts as the
# channel
_RTMP_STREAM_KEY = re.compile(
    r"rtmps?://[^\s/]{1,253}(?:/[^\s/?#\"'<>]{1,64})+/(?P<value>[A-Za-z0-9_-][^\s/?#\"'<>\\]{15,127})"
    r"(?=[\s\"'<>\\]|$)"
)


def _stream_path_passwords(text: str) -> list[Finding]:
    found = []
    for match in _STREAM_PATH.finditer(text):
        value = match.group("value")
        if not (is_placeholder(value) or reads_from_elsewhere(value) or value.isdigit()):
            found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "url_credentials"))
    if "rtmp" in text:
        for match in _RTMP_STREAM_KEY.finditer(text):
            value = match.group("value")
            if (
                any(char.isdigit() for char in value)
                and any(char.isalpha() for char in value)
                and not _FILE_EXTENSION.search(value)
                and not typed_by_hand(value)
            ):
                found.append(Finding(match.start("value"), match.end("value"), KEY, "url_credentials"))
    return found


def _url_passwords(text: str) -> list[Finding]:
    found = []
    for match in _URL_CREDENTIALS.finditer(text):
        password, start = match.group(2), match.start(2)
        if "," in password:
            # scheme://host1:port,user:password@host2: a multi-host URL; the credentials are the last item's.
            last = password.rsplit(",", 1)[1]
            if ":" not in last:
                continue
            start = match.end(2) - len(last) + last.index(":") + 1
            password = last[last.index(":") + 1 :]
        if not password or is_placeholder(password) or reads_from_elsewhere(password):
            continue
        if match.group(1).startswith("${") and "}" not in match.group(1) and password.endswith("}"):
            continue  # postgresql://${POSTGRES_USER:-phlo}@host: a shell variable and its default, the user's name
        if _FORMAT_FIELD_IN_VALUE.search(password) or (
            password.startswith("{") and password.endswith("}") and match.group(1).endswith("}")
        ):
            # 'rediss://enigma:{}secret@host'.format(chars), f"postgresql://{user}:{quote(password)}@...": a
            # template, the password built at run time
            continue
        if password.endswith("\\"):
            # r"^mailto://apprise:abcd123\@example.com", "username:password\\\@proxy": escapes, not the password's
            password = password.rstrip("\\")
            if not password or is_placeholder(password):
                continue
        if "[" in match.group(1) or "]" in password or _UPPER_SNAKE.fullmatch(password):
            continue  # redis://[[username]:[password]]@host, scheme://USER:PASSWORD@HOST: the URL's syntax, described
        if _FIELD_NAME_WORDS.fullmatch(password):
            continue  # onesignal://templateid:appid@..., parseps://app_id:master_key@...: a URL's fields, named
        if _AUTH_MECHANISM.fullmatch(password):
            continue  # gmail+ssl://me%40gmail.com:oauth2@imap.gmail.com: the mechanism in the password's place
        if _CREDENTIAL_FILE.fullmatch(password):
            continue  # kerberos+keytab://realm\\user:app.keytab@dc, smb+kerberos-pem://c.pem:key.pem@host: a file
        if password.isdigit() and len(password) <= 5 and _HOST_SHAPE.fullmatch(match.group(1)):
            continue  # http://127.0.0.1:3080@evil/: a host and its port before "@", the trick a URL parser must see
        scheme = _URL_SCHEME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if scheme is not None and scheme.group().lower() == "github":
            continue  # fsspec's github://ORG:REPO@REF/PATH: an organisation and a repository, no login
        if scheme is not None and _HASH_SCHEME.search(scheme.group()):
            # smb+ntlm-nt://DOMAIN\\user:NTHASH@host, kerberos+aes://...:AESKEY@dc: the scheme takes a password's hash
            # or a derived key there (or a stand-in for one), never the password
            continue
        token_user = _TOKEN_USER.fullmatch(match.group(1))
        if token_user and (len(password) < 8 or _HYPHENATED_WORDS.fullmatch(password)):
            continue  # https://x-access-token:abc@..., oauth2:super-secret-token@: a token's place, held by words
        tag = KEY if token_user or _HEX_TOKEN.fullmatch(password) else PASSWORD
        found.append(Finding(start, start + len(password), tag, "url_credentials"))
    return found


# Redis URLs with one part before "@": Symfony's, Predis's and Laravel's "redis://PASSWORD@host" (Redis before 6
# had no users). Read only when typed like a password, letters and digits: "redis://default@host" names a user.
_REDIS_PASSWORD_ONLY = re.compile(r"(?i)\brediss?://(?P<value>[^\s:/@'\"<>]{1,256})@[A-Za-z0-9\[$%{]")


def _redis_url_passwords(text: str) -> list[Finding]:
    found = []
    for match in _REDIS_PASSWORD_ONLY.finditer(text):
        value = match.group("value")
        if _TYPED_PASSWORD_SHAPE.fullmatch(value) and not (is_placeholder(value) or reads_from_elsewhere(value)):
            found.append(Finding(match.start("value"), match.end("value"), PASSWORD, "url_credentials"))
    return found


@lru_cache(maxsize=4096)
def _name_verdict(name: str) -> tuple[bool, bool]:
    """(holds a secret, holds a password) for the last part of a name; names repeat, so the answer is kept."""
    secret = bool(_SECRET_NAME.search(name)) and (not _NOT_SECRET_NAME.search(name) or bool(_KEY_ID_NAME.search(name)))
    if name.endswith("salt") and _PASSWORD_NAME.search(name):
        secret = False  # password_salt=b'NaCl': kept beside the hash, no password (AUTH_SALT constants: see below)
    # (a pepper is key material kept beside the password hashes it goes into: password_pepper)
    password = secret and bool(_PASSWORD_NAME.search(name)) and not name.endswith("pepper")
    if secret and not password and _PUBLIC_NAME.search(name) and not name.endswith("secret"):
        # public_key, publishable_key: published by design (a public app's cookie_secret is the app's secret)
        secret = False
    return secret, password


# The name a value is given on its line: "name": "...", name = unhexlify("..."), <name>...</name>
# (or a space alone: OpenWrt's "option public_key '...'", EDN's ":publishable-key "..."")
_VALUE_NAME_BEFORE = re.compile(
    r"""([A-Za-z_][\w.:-]{0,80}?)\\?["'`]?\]?[ \t]*(?:==|=|:|=>|>|(?<=[ \t]))[ \t]*(?:[A-Za-z_][\w.]*\([ \t]*)?"""
    r"""[rbuf]{0,2}\\?["'`]?$"""  # (quotes escaped in a recorded response: recaptchaSiteKey: \"...\")
)


# PHP's constant given its value: define('RECAPTCHA_SITE_KEY', '...')
_DEFINED_NAME_BEFORE = re.compile(r"""define\([ \t]*["']([A-Za-z_]\w{0,80})["'][ \t]*,[ \t]*["']$""")


def names_no_secret(line_before: str) -> bool:
    """The name a hex or base64 value is given says it is no secret though it holds a secret's word: a public
    key (Sentry's DSN "public_key", an RFC's public key test vector), a cache key, a verification or grant token
    (the names the assignment detector also skips)."""
    match = _VALUE_NAME_BEFORE.search(line_before[-120:]) or _DEFINED_NAME_BEFORE.search(line_before[-120:])
    if match is None:
        return False
    name = match.group(1).rsplit(".", 1)[-1]
    if _NEGATED_NAME.search(name):
        return True  # kNotAKey, NOT_A_SECRET: a test's decoy, named so
    name = name.lower()
    return bool(_NOT_SECRET_NAME.search(name) or _PUBLIC_NAME.search(name)) and not _KEY_ID_NAME.search(name)


# "not" as a word of a name: snake, kebab or dotted ("not_a_secret"), camelCase ("kNotAKey"), upper case ("NOT_A_KEY")
_NEGATED_NAME = re.compile(r"(?<![A-Za-z])not(?![a-z])|(?<![A-Z])Not(?![a-z])|(?<![A-Za-z])NOT(?![A-Za-z])")


# "Public" names a key that is published by design; a password stays one under an env convention's prefix
# (NEXT_PUBLIC_DB_PASSWORD, VITE_PUBLIC_..., EXPO_PUBLIC_... only say the bundle exposes it).
# (a captcha's site key and Pusher's app key are embedded in the pages and apps that use them; their secrets are not)
# (a signature scheme's verifying key is its public half: Discord's application "verify_key")
_PUBLIC_NAME = re.compile(
    r"public|publishable|pub_?key|site[_-]?key|pusher[_-]?(?:app[_-]?)?key|verify(?:ing)?[_-]?key"
)


_COMMENTED_SETTING = re.compile(r"[ \t]*(?:#|;|//)[ \t]*(?:[A-Za-z][\w-]*[ \t]+)?")


def _key_value_line(text: str, name_start: int, config: bool, group: str, kind: str) -> bool:
    """``password s3cret`` (netrc, ssh and server configs): a bare value after a name that starts its line, or
    after a command that sets one (``ENV DB_PASSWORD s3cret``, ``aws configure set aws_secret_access_key ...``,
    ``config set requirepass ...``)."""
    prefix = _line_before(text, name_start)
    if _SET_COMMAND_LINE.match(prefix) or _UCI_OPTION.match(prefix):
        # Junos and VyOS: "set system login user noc authentication plain-text-password-value ...", quoted or not;
        # fish: "set -gx BORG_PASSPHRASE '...'"; OpenWrt's UCI: "option password '...'", "option private_key '...'"
        return True
    if group != "bare":
        return False
    if _SETTING_COMMAND.search(prefix):
        return True  # csh's "setenv NAME value", elvish's "set-env NAME value", in rc files of any name
    if not config:
        return False
    # (or a setting commented out, after at most one word of what it belongs to: "# vrrp auth_pass VALUE")
    return kind in ("netrc", "pgpass") or not prefix.strip() or bool(_COMMENTED_SETTING.fullmatch(prefix))


# "password length is 8 characters": a sentence's verb after the word, where a setting's line would end
_SENTENCE_GOES_ON = re.compile(r"[ \t]+(?:is|are|was|were|must|should|can|cannot|will|has|have|of|to)\b")
# Junos and VyOS "set a b c NAME", fish's "set -gx NAME"
_SET_COMMAND_LINE = re.compile(
    r"[ \t]*set[ \t]+(?:[a-z][\w-]*(?:[ \t]+[\w./:-]+)*|(?:-[A-Za-z]+[ \t]+)*-[A-Za-z]+)[ \t]+$"
)
_UCI_OPTION = re.compile(r"[ \t]*option[ \t]+$")
# A settings command's verb just before the setting's name, and the value after the option that gives it
_SET_VERB_BEFORE = re.compile(r"(?<![\w-])set[ \t]+$")
_VALUE_AFTER_FLAG = re.compile(r"""[ \t]+(?:(?P<q>["'])(?P<quoted>[^"'\n]{1,256})(?P=q)|(?P<bare>[^\s"'`]{1,256}))""")
# (tmux's "set-environment -g NAME value": a command's flags between it and the name)
# (and directives that set a variable, a header or a menu's password: Apache's SetEnv, nginx's proxy_set_header,
# fluent-bit's Header, SYSLINUX's MENU MASTER PASSWD)
_SETTING_COMMAND = re.compile(
    r"(?:^|[\s;|&])(?:set|setenv|set-env|set-environment|export|ENV|ARG|config:set|SetEnv|proxy_set_header|Header"
    r"|MENU(?:[ \t]+MASTER)?)(?:[ \t]+-[A-Za-z]+)*[ \t]+$"
)


def _in_code_string(
    text: str, name_start: int, name_end: int, value_end: int, line_prefix: str, op: str, flag: bool
) -> bool:
    """In code, a bare value is literal text inside a string literal: ``"DB_PASSWORD=..."`` (putenv),
    ``"-e AWS_SECRET_ACCESS_KEY=..."`` (an environment variable on a command line), ``"--password=..."``, a
    connection string (``"Server=db;Password=..."``, ``"?user=app&password=..."``, ``"password=... host=db"``)."""
    quote = text[name_start - 1 : name_start]
    if op == "=" and quote in ("'", '"', "`") and text[name_start:value_end].count(quote) == 0:
        if text[value_end : value_end + 1] in (quote, "\\") or _NEXT_KEY.match(text, value_end):
            return True  # (or at an escaped line break: "AWSSecretKey=...\\nregion=...", a file's lines in a string)
    if quote in ("'", '"', "`") and text[name_end : name_end + 1] == quote:
        return False  # env["PGPASSWORD"] = str(passwd): the name is a whole string, the value code after it
    if not any(line_prefix.count(char) % 2 for char in "\"'`") and not (
        "%" in line_prefix and _PERCENT_LITERAL_OPEN.search(line_prefix)
    ):
        return False  # not inside a string: username=auth[0], password=auth[1] are arguments
    if op == "=" and _ENVIRONMENT_NAME.fullmatch(text, name_start, name_end):
        return True
    return flag or bool(_KEY_VALUE_STRING.search(line_prefix))


_NEXT_KEY = re.compile(r"[ \t;&]+[A-Za-z_][\w-]*=")
# Ruby's and Perl's percent literals, still open: command %{export API_KEY=...}, %Q(...), %x{...}
_PERCENT_LITERAL_OPEN = re.compile(r"%[qQx]?(?:\{[^{}\n]*|\([^()\n]*)$")
_ENVIRONMENT_NAME = re.compile(r"[A-Z][A-Z0-9_]*")


def _first_word(name: str) -> str:
    return name.replace("-", "_").split("_", 1)[0]


def _last_word(name: str) -> str:
    return name.replace("-", "_").rsplit("_", 1)[-1]


# The argument pair before a name in a name-value argument list: ('Username', 'deploy', ...
_NAME_VALUE_ARGUMENTS_BEFORE = re.compile(
    r"""[(,][ \t]*(["'])(?i:user(?:_?name)?|login|account|host|server|url)\1[ \t]*,"""
    r"""[ \t]*(["'])[^"'\n]{1,80}\2[ \t]*,$"""
)
_OPTION_CALL = re.compile(r"([A-Za-z_$][\w$.]*)\([^()\n]*,[ \t]*$")


def _argument_pair(text: str, name_start: int, name_end: int, value_end: int, value: str, line_prefix: str) -> bool:
    """``"password", "value"``: the name must be a quoted string. As a call's first argument it is a setter's or
    a look-up's (``cfg.set("password", ...)``, ``os.getenv("PW", ...)``); otherwise only a closed pair such as
    ``("password", "hunter2")`` counts, never a list of field names (``["user", "password", "port"]``)."""
    quote = text[name_start - 1 : name_start]
    if quote not in ("'", '"', "`"):
        if line_prefix.rstrip().endswith("{") and text[value_end + 1 : value_end + 2] == "}":
            return True  # Erlang's {password, "..."}: a tuple of an atom and its value, in sys.config and app.src
        # curl_easy_setopt(c, CURLOPT_PASSWORD, "..."): an option's constant, then the value it sets, last
        call = _OPTION_CALL.search(line_prefix)
        return (
            call is not None
            and "set" in call.group(1).lower()
            and bool(_UPPER_SNAKE.fullmatch(text, name_start, name_end))
            and text[value_end + 1 : value_end + 2] == ")"
        )
    if text[name_end : name_end + 1] != quote:
        return False
    opening = line_prefix[:-1].rstrip()
    if _NAME_VALUE_ARGUMENTS_BEFORE.search(opening) and text[value_end + 1 : value_end + 2] in (",", ")"):
        # weboptions('Username', 'deploy', 'Password', '...'): a call's arguments in name-value pairs (MATLAB, R);
        # ('username', 'user-domain-name', 'password', 'project-name', 'auth-url'), an odd number, lists names
        following = _items_until_close(text, value_end + 1)
        return following < 0 or following % 2 == 0  # (-1: the list goes on past what is read, kept as pairs)
    if opening.endswith(","):
        # cfg.set("section", "password", "..."): a setter's later argument names what its last one sets.
        setter = _SETTER_WITH_ARGUMENTS.search(opening)
        closing = text[value_end + 1 : value_end + 2]
        return (
            setter is not None
            and bool(_SETTER.match(setter.group(1).lower()))
            and (closing == ")" or ("(" not in setter.group() and closing in ("\n", "\r", "")))
            # add_admin('test-name', 'test-email', 'test-pswd', 'test-role'): values made to one pattern, in a row
            and not _same_first_word(text[name_start:name_end], value)
        )
    if not opening.endswith("("):
        return False  # ("http", "user", "password", "localhost:22"): a later item of a tuple is no pair
    callee = _CALLEE.search(line_prefix[:-1])
    closing = text[value_end + 1 : value_end + 2]
    if callee is not None and callee.group(1).lower() == "values":
        return closing == ")"  # INSERT INTO settings VALUES('smtp_password', '...'): a key-value table's row
    if callee is not None:
        return bool(_SETTER.match(callee.group(1).lower())) or callee.group(1).lower().endswith("get")
    return closing == ")" and not _FIELD_NAME_LIKE.fullmatch(value)


_FOLLOWING_ITEM = re.compile(r"""[ \t\r\n]*,[ \t\r\n]*(?:"[^"\n]*"|'[^'\n]*'|[\w.+-]+)""")


def _items_until_close(text: str, position: int) -> int:
    """How many literal, number or name items follow ``position`` (just after an item) before the list closes;
    -1 when something else follows (a call, an expression) or it does not close within a few lines."""
    items = 0
    while (item := _FOLLOWING_ITEM.match(text, position)) is not None and items < 64:
        items, position = items + 1, item.end()
    return items if re.match(r"[ \t\r\n]*,?[ \t\r\n]*[)\]]", text[position : position + 40]) else -1


def _same_first_word(name: str, value: str) -> bool:
    """``test-pswd`` and ``test-role``: two literals that open with the same word and separator."""
    first = re.match(r"[A-Za-z]{2,}[-_.]", name)
    return first is not None and value.startswith(first.group())


def _dotenv_line(text: str, name_start: int, name_end: int, value_end: int, line_prefix: str) -> bool:
    """``DB_PASSWORD=VALUE`` alone on its line in a PHP file: PHP's variables start with "$" and its statements
    end in ";", so this is text the file holds (InvoicePlane keeps its settings as a dotenv named ipconfig.php)."""
    line_end = text.find("\n", value_end)
    return (
        not line_prefix
        and text[name_start:name_end].isupper()
        and text.startswith("=", name_end)
        and not text[value_end : line_end if line_end >= 0 else len(text)].strip()
    )


def _literal_bare_value(value: str, line_prefix: str) -> bool:
    """In a file of unknown kind: ``KEY=value`` at the start of a line reads as config; elsewhere only a
    value that could not be a variable (it has a digit and is no dotted name or call) is a literal."""
    if "(" in value:
        return False
    if (
        line_prefix.endswith((";", "?", "&"))
        or _SET_COMMAND_LINE.match(line_prefix)
        or _ROUTEROS_ADD.match(line_prefix)
    ):
        # a Junos or VyOS set command's last word; a connection string ("Server=...;Password=..."); a URL's query;
        # a RouterOS command's argument ("/ip hotspot user add name=guest password=...")
        return True
    if _HEADER_OPTION_BEFORE.search(line_prefix):
        return True  # curl -H "X-Api-Key: VALUE", Apache's RequestHeader set X-Api-Key VALUE: a header's value
    if line_prefix.endswith((" ", "\t")) and _ENV_SETTINGS_BEFORE.search(line_prefix):
        return True  # "!   FLEET_HUB=[...]:5631  FLEET_KEY=VALUE": environment settings listed on a line
    at_line_start = not line_prefix.strip() or line_prefix.strip() in ("export", "set", "-")
    if not any(char.isdigit() for char in value):
        # DB_PASS=kettle-fennel-saffron-juniper: at a line's start, words joined as no variable's name could be
        # (anywhere, four words or more of no code's: "... plaintext admin_password=velvet_gossamer_thistle_maple")
        return (at_line_start and bool(_JOINED_WORDS.fullmatch(value))) or _generated_words(value)
    # a notebook's %env magic, an export inside a string: "%env WANDB_API_KEY=...\n"; letters of both cases and
    # digits drawn at random are no variable's name ("--remote_header=x-api-key=v8N8msSOL3xsoO7EOUU3")
    return (
        at_line_start
        or bool(_SETTING_PREFIX.search(line_prefix))
        or not _IDENTIFIER_LIKE.fullmatch(value)
        or (len(value) >= 16 and _MIXED_ALNUM.fullmatch(value) is not None and is_gibberish(value))
    )


_DN_ATTRIBUTE_BEFORE = re.compile(r"(?<![\w])(?:CN|O|OU|L|ST|C|DC)=$")
# An INI setting's name of several words, then "=" ("Mail Password Change=0", "Login Prompt=ogin:")
# (capitalised words, as Windows' and devices' INI files name settings; "password ember=CANYON2" is a password)
_INI_KEY_OF_WORDS = re.compile(r"[ \t]*[A-Z][\w#]*(?:[ \t]+(?:[A-Z][a-z]+|#\d+))+[ \t]*=(?!=)")
_ENV_SETTINGS_BEFORE = re.compile(r"(?:^|[\s!#;])[A-Z][A-Z0-9_]*=[^\s=]+[ \t]+$")
_HEADER_OPTION_BEFORE = re.compile(r"""(?:(?:^|\s)(?:-H|--header)[ \t]+|RequestHeader[ \t]+set[ \t]+)["']?$""")
_MPD_PERMISSIONS = re.compile(r"(?<=.)@(?:read|add|control|admin)(?:,(?:read|add|control|admin))*$")
_JOINED_WORDS = re.compile(r"[A-Za-z]+(?:[-.+][A-Za-z]+)+")
_MIXED_ALNUM = re.compile(r"(?=[^\n]*[A-Z])(?=[^\n]*[a-z])(?=[^\n]*\d)[A-Za-z0-9]+")
_PASSPHRASE = re.compile(r"[A-Za-z]{3,}(?:-[A-Za-z]{3,}){2,}\d{0,4}")
_ROUTEROS_ADD = re.compile(
    r"[ \t]*(?:/[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)*[ \t]+)?(?:add|set)[ \t]+(?:[\w-]+=\S+[ \t]+)*$"
)
# (and a command's environment flags: docker's -e and --env, --build-arg, Bazel's --test_env= and --action_env=)
_SETTING_PREFIX = re.compile(
    r"""(?:^|["'\s])(?:export|set|setenv|%env|%set_env)[ \t]+$|(?:^|\s)(?:-e|--env|--build-arg|--\w+_env)[= \t]$"""
)


_PROSE_SYMBOLS = frozenset("!@#$%^&*+=?~")
# An attribute or parameter whose value is a word: name=password, type="submit".
_ATTRIBUTE_PAIR = re.compile(r"""[A-Za-z_][\w-]*=["']?[A-Za-z_][\w-]*["']?""")
_DOTTED_PASSPHRASE = re.compile(r"[A-Za-z]{3,}(?:\.[A-Za-z]{3,}){1,4}\.\d{2,4}")
_DOTTED_OR_SNAKE = re.compile(r"[A-Za-z_]\w*(?:[._]\w+)+")
_WORD_AND_NUMBER = re.compile(r"[A-Za-z]{3,}\.\d{2,4}|[a-z]{4,}_\d{2,4}")


# Three to eight lower-case words joined by one kind of separator, as passphrase generators give them, the last
# maybe with a digit or two ("nectar.jasper.hornbeam5")
_JOINED_WORDS_PASSPHRASE = re.compile(r"[a-z]{3,12}(?P<sep>[-_.])[a-z]{3,12}(?:(?P=sep)[a-z]{3,12}){1,6}\d{0,2}")


def joined_passphrase(value: str) -> bool:
    """``hazel_badger_tarn_skerry``, ``quince.badger.puffin``, ``tarn-tarn-spelt``, ``lantern.sparrow.cactus7``:
    words joined as a passphrase generator joins them. A name in code is joined the same way
    (``keep_alive_timeout``, ``django.contrib.auth``, ``password-reset-form``), so none of the words may be one that
    names code's things (``CODE_WORDS``)."""
    return bool(_JOINED_WORDS_PASSPHRASE.fullmatch(value)) and CODE_WORDS.isdisjoint(
        re.split(r"[-_.]", value.rstrip(string.digits))
    )


def _generated_words(value: str) -> bool:
    """A passphrase of joined words that no name in code could be: four words or more, or three and a digit."""
    return joined_passphrase(value) and (value[-1].isdigit() or len(re.findall(r"[-_.]", value)) >= 3)


def prose_literal(value: str) -> bool:
    """In a comment or docstring, ``password: hunter2`` gives a value when it has a digit, or a symbol among
    letters; words ("password: required", "the token is hashed"), names (``settings.TOKEN``, ``db_password``),
    calls (``getpass()``) and markup (``</label>``) do not. Passwords hold "_", "." and "(" too: one that mixes
    cases with digits and is no name of a secret (``Sunshine_2023``, ``Gt6_uI9o``) is a password, not a snake_case
    name or an attribute (those are one case per word, ``settings.X`` starts lower-case); one with "(" only when it
    reads as random (``Nq9(iO2p``), not as a call (``loadV2(``)."""
    if value.startswith(("<", "{", "[")) or _ATTRIBUTE_PAIR.fullmatch(value):
        return False  # markup; <input type=password name=password>: another attribute, name=word
    if "(" in value:
        return _mixed_with_digits(value) and wordish_share(value) < 0.3
    if _DOTTED_PASSPHRASE.fullmatch(value) or _WORD_AND_NUMBER.fullmatch(value):
        # "kettle.mango.265", "laila.1980", "zeynep_2205": chosen words and a number joined by dots or "_", no
        # attribute path (no attribute's name is a number) and no name of a field
        return True
    if _DOTTED_OR_SNAKE.fullmatch(value):
        if _generated_words(value) or _SNAKE_WORDS_THEN_NUMBER.fullmatch(value):
            # "velvet_gossamer_thistle_maple", "lantern.sparrow.cactus7", "ocelot_pumice_nimbus_44": no name in code
            # is so made
            return True
        return (
            _mixed_with_digits(value) or bool(_SNAKE_PASSPHRASE.fullmatch(value) or _RANDOM_LAST_PART.search(value))
        ) and not _ATTRIBUTE.match(value)
    return (
        any(char.isdigit() for char in value)
        or (not _PROSE_SYMBOLS.isdisjoint(value) and any(char.isalpha() for char in value))
        # (or random letters of both cases, generated without digits: "password=lnRGQiQLrxtrWgI")
        or (
            len(value) >= 12
            and value.isalpha()
            and not value.islower()
            and not value.isupper()
            and is_gibberish(value)
        )
    )


def stated_literal(value: str) -> bool:
    """A value prose states without quotes and without a name right before it ("the password, X, ...", "X is the
    password"): a prose literal that no identifier could be, with a symbol or random mixed-case letters and digits."""
    return prose_literal(value) and (
        not _WORD_CHARS.fullmatch(value) or (_mixed_with_digits(value) and wordish_share(value) < 0.3)
    )


_WORD_CHARS = re.compile(r"\w+")
_SNAKE_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
# A vendor's prefix before random key material, "sk_b5a1600ed863...": a last part of sixteen or more letters and
# digits mixed, which no name's word is
_RANDOM_LAST_PART = re.compile(r"_(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{16,}$")
# Three or more chosen words and a number joined by "_", as password generators join them ("willow_nectar_igloo7")
_SNAKE_PASSPHRASE = re.compile(r"[a-z]{3,}(?:_[a-z]{3,}){2,}\d{1,4}")
_SNAKE_WORDS_THEN_NUMBER = re.compile(r"[a-z]{4,}(?:_[a-z]{4,}){2,}_\d{2,4}")


def snake_name(value: str) -> bool:
    """A snake_case name ("user_id2", "db_password_2"), not words a generator joined with a number."""
    return bool(_SNAKE_NAME.fullmatch(value)) and not _SNAKE_PASSPHRASE.fullmatch(value)


# An attribute or module path: a lower-case name, then ".".
_ATTRIBUTE = re.compile(r"[a-z_][a-z0-9_]*\.")


def _mixed_with_digits(value: str) -> bool:
    """Letters of both cases and a digit, and no secret's name inside (``settings.DB_PASSWORD2`` is a name)."""
    return (
        any(char.isdigit() for char in value)
        and any(char.isupper() for char in value)
        and any(char.islower() for char in value)
        and not names_a_secret(value)
    )


_REGEX_GROUP = re.compile(r"\((?:\?(?:[:=!]|P?<\w+>))?[.*+?^$\[\]{}|\\dswDSW-]+\)[*+?]?")
_LINT_DIRECTIVE_BEFORE = re.compile(
    r"(?i)(?:noqa|pylint(?::[ \t]*(?:disable|enable)(?:-next)?)?|type:[ \t]*ignore)[ \t]*[:=\[]?[ \t]*$"
)
# (a name and its opening parenthesis before an argument; Django's random SECRET_KEYs hold "x(%" and "u($")
_CALL_OPENING = re.compile(r"[A-Za-z_][\w.]{2,}\((?:0x|[\w\"'])")
# Django's get_random_secret_key(): 50 of lower-case letters, digits and "!@#$%^&*(-_=+)" (a "word(" opens by chance)
_DJANGO_SECRET_KEY = re.compile(r"[a-z0-9!@#$%^&*(\-_=+)]{50}")
_SIGNATURE_PARAM = re.compile(r"(?:^|[?&;])(?:sig|signature)=([^&;#\s]*)")


def _made_up_signature_param(value: str) -> bool:
    """A query string whose signature parameter is too short or plain to be one (``?sv=...&sig=abc123``)."""
    match = _SIGNATURE_PARAM.search(value) if "=" in value else None
    return match is not None and (len(match.group(1)) < 16 or not is_gibberish(match.group(1)))


_HEX_API_KEY = re.compile(r"[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{80}")
# Files that hold one deployment's settings (not scripts, logs or code, where test vectors and digests sit)
_SETTINGS_KINDS = frozenset("env envrc ini cfg conf toml yaml yml properties".split())
_HEX_KEY_LENGTHS = frozenset((32, 48, 64, 96, 128))
_ONE_CASE_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")


def _deployed_hex_key(value: str, context: str, last: str) -> bool:
    """Flussonic's "cluster_key 2deaf6ff...;", Magistrala's MG_BOOTSTRAP_ENCRYPT_KEY=f4b2...: random hex under a
    key's or a secret's name in a deployment's settings file is the key itself (in code the same shape is as often a
    test vector or a digest, which the other rules weigh)."""
    return (
        len(value) in _HEX_KEY_LENGTHS
        and _ONE_CASE_HEX.fullmatch(value) is not None
        and last.endswith(("key", "secret"))
        and last != "key"  # (a bare "key" is a map's or a bucket's as often)
        and not (_KEY_ID_BEFORE.search(context) or is_hash_context(context, value) or names_no_secret(context))
        and not (is_patterned(value) or is_sequential(value))
    )


# A service's name before _KEY (a word of three letters or more, four before camelCase's Key), and the names of
# ciphers, digests and test data
_VENDOR_KEY_NAME_BEFORE = re.compile(
    r"""(?i)(?:^|[\s"'({\[,.:=])(?:(?P<name>[a-z][a-z0-9_]{2,})[_-](?:api[_-]?)?key|(?-i:(?P<camel>[a-z][a-z0-9]{3,})(?:Api)?Key))"""
    r"""(?:["']?\s*[?:]?[:=]|[ \t]+["']$)"""
)
_CIPHER_KEY_WORDS = frozenset(
    "aes des 3des hmac rsa ecdsa ed25519 cipher crypt crypto encrypt encryption sign signing verify test sample "
    "example dummy fake mock fixture iv nonce salt hash digest cache session private public master root seed "
    "derive kdf wrap vector kat".split()
)
_PRODUCT_KEY = re.compile(r"[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}")
_KEY_FILE_NAME = re.compile(
    r"[\w.-]+\.(?i:pem|key|der|crt|cer|p8|p12|pfx|jks|keystore|pub|asc|gpg|ppk|json|ya?ml|txt|env)"
)
_PATHISH = re.compile(r"^(?:/|\./|~/|[A-Za-z]:\\)")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://")
_VERSIONISH = re.compile(r"^v?\d+(?:\.\d+)+[\w.+-]*(?:\([\w.@/+-]+\))*$")  # (pnpm's "10.2.1(supports-color@8.1.1)")
_VERSION_RANGE = re.compile(r"(?:[\^~]|[<>]=?)[ \t]*v?\d+(?:\.(?:\d+|[xX*]))*(?:-[\w.]+)?$")
_ESCAPE_PAIR = re.compile(r"\\.")


# Values that are code, not data: a regular expression, a format template, a call, a field name.
_REGEX_SYNTAX = re.compile(
    r"\(\?[:=!<P]|\\[dwsbDWSB]|\[[^\]]{1,40}\][*+?{]|\[[a-zA-Z0-9]-[a-zA-Z0-9]|\{\d+(?:,\d*)?\}|^\^.*\$$"
)
# The code between two string literals, read as one value: "Password:"),e?o.default.createElement(" in minified
# JavaScript starts where a literal closed.
_BETWEEN_LITERALS = re.compile(r"[)\]},;]")
_CALL_INSIDE = re.compile(r"[A-Za-z_][\w.]*\(")
_FORMAT_FIELD = re.compile(
    r"(?<!%)%[-+ #0]*\d*(?:\.\d+)?[sdifrx](?=$|[\s.:/,;)\]}'\"_-])|\{\d*\}|"
    r"\{[A-Za-z_][\w.]*(?:\[[^\]{}]*\])*(?:![rsa])?(?::[^{}]*)?\}"
)
_CALL = re.compile(r"[A-Za-z_][\w.]*\(.*\)")
# A name made of words (letters joined by "_", ".", ":", "-" or case changes), one of which is a secret's word:
# secret_key, dbPassword, AUTH_TOKEN; a word that merely contains one ("monkey", "passion") is no name.
_NAME_CHARS = re.compile(r"[A-Za-z_.:-]+")
_NAME_SEGMENT = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_SECRET_WORD = re.compile(
    r"[a-z]*(?:password|passwd|passphrase|secret|token|credentials?)s?|pass|pwd|pw|keys?|(?:api|private|access|auth)key"
)


def names_a_secret(value: str) -> bool:
    return bool(_NAME_CHARS.fullmatch(value)) and any(
        _SECRET_WORD.fullmatch(segment.lower()) for segment in _NAME_SEGMENT.findall(value)
    )


# A value that names a field rather than holding a password: 'PASSWORD': 'USERNAME', a constant such as
# EMAIL_ADDRESS (an entity type), a column name.
_FIELD_VALUE = re.compile(
    r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|(?i:user_?name|user|login|e-?mail|email_address|host_?name|host|port|database|"
    r"db_?name|schema|account|domain|realm|name|first_?name|last_?name|phone|text)"
)


def _algorithm_name(value: str) -> bool:
    """'aes128-ctr', 'curve25519-sha256@libssh.org', 'diffie-hellman-group16-sha512': a cipher's, a MAC's or a key
    exchange's name in an algorithm list (hyphenated lower-case parts, one of them a primitive's name)."""
    return (
        "-" in value
        and _ALGORITHM_NAME.fullmatch(value) is not None
        and any(_ALGORITHM_PART.fullmatch(part) for part in _ALGORITHM_SEPARATORS.split(value))
    )


_ALGORITHM_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+(?:@[a-z0-9.-]+)?")
_ALGORITHM_SEPARATORS = re.compile(r"[-@.]")
_ALGORITHM_PART = re.compile(
    r"aes\d+|sha\d+|rsa|ecdsa|ecdh|ed25519|ed448|curve25519|curve448|hmac|chacha20|poly1305|diffie|hellman|nistp\d+|"
    r"umac|blowfish|3des|arcfour\d*|sntrup\d+x25519|mlkem\d+"
)
_REQUIREMENT = re.compile(r"[A-Za-z][\w.-]*(?:>=|<=|==|~=|!=)\d+(?:\.\d+)*(?:\.\*)?")


def is_code_not_value(value: str, key_material: bool = False) -> bool:
    """A regular expression, a format template, a call or a name. With ``key_material``, a value that reads as
    generated key material or a generated password is no template for a printf field it holds by chance (``%s``
    inside a Django key, ``%i`` ending a password)."""
    if (
        _REGEX_SYNTAX.search(value)
        or _CALL.fullmatch(value)
        or _algorithm_name(value)
        or _REQUIREMENT.fullmatch(value) is not None  # "Python>=3.11": a requirement
        or _FILE_LINE.fullmatch(value) is not None  # "loop.py:129": a file's line, cited
        or (_BETWEEN_LITERALS.match(value) and _CALL_INSIDE.search(value) is not None)
        or (
            names_a_secret(value) and not (value.isalpha() and value.islower())  # "supersecret" is a password
        )
    ):
        return True
    return bool(_FORMAT_FIELD.search(value)) and not (key_material and reads_as_random(value))


def reads_as_random(value: str) -> bool:
    """Generated key material: long, high-entropy, three or more character classes and no word-like runs (a
    WordPress salt, a Django secret key, an AWS secret starting with "/"), unlike a path, sentence or template."""
    if len(value) < 20:
        return False
    classes = (
        any(char.islower() for char in value)
        + any(char.isupper() for char in value)
        + any(char.isdigit() for char in value)
        + any(not char.isalnum() for char in value)
    )
    # Spaces are one character among ninety in a generated salt; a sentence's words stand between them.
    return classes >= 3 and entropy_at_least(value, 4.0) and wordish_share(value) < (0.3 if " " in value else 0.6)


_NEXT_CHAR = {code: code + 1 for code in range(128)}
_PREVIOUS_CHAR = {code: code - 1 for code in range(1, 128)}


_DOUBLED = re.compile(r"(.)\1+")


_DIGIT_GROUPS = re.compile(r"\d+")


def _issued_key_id(value: str, issued_length: bool = False) -> bool:
    """An access key's id shaped as ``_ACCESS_KEY_ID`` that reads as drawn at random, not typed: one case of letters
    forms word-like runs by chance, so digits strewn through it (three groups) tell it too ("TESTACCESSKEY12345"
    has one). ``issued_length``: its length is the vendor's, which tells it by itself."""
    random_looking = issued_length or is_gibberish(value) or len(_DIGIT_GROUPS.findall(value)) >= 3
    counted = _WORD_THEN_COUNTER.search(value)
    if counted and not is_gibberish(counted.group("word")):
        return False  # S3SDK_ACCESS_KEY_ID=S3SDKCONFORMANCE0001: a word and a counter, typed for a test suite
    return random_looking and not is_sequential(value) and not is_patterned(value)


_WORD_THEN_COUNTER = re.compile(r"(?P<word>[A-Z]{12,})0*\d{1,3}$")


def _strewn_key(value: str) -> bool:
    """One case of letters (past "f": no hex digest, test vector or fingerprint) with digits strewn through it, and
    no counting runs: an API key as RapidAPI and OctoPrint issue them."""
    return (
        scattered_digits(value)
        and _NON_HEX_LETTER.search(value) is not None
        and not is_sequential(value)
        and not is_patterned(value)
    )


_NON_HEX_LETTER = re.compile(r"[g-zG-Z]")


def _short_mixed_key(value: str) -> bool:
    """16 to 31 letters of both cases and digits drawn at random (words and identifiers, "UserProfileV2", read as
    words; a GPG key's id, pgp_default_key = 0x94C893D1A5EF9028, says which key)."""
    return (
        16 <= len(value) < 32
        and value.isalnum()
        and _MIXED_CASE_AND_DIGIT.match(value) is not None
        and is_gibberish(value)
        and not _KEY_ID_VALUE.fullmatch(value)
    )


def random_one_case(value: str) -> bool:
    """``ktxubtykpneaqbnexzlysmvxxfjtqc``, ``sk-qeqnuxgd...``, ``BRHUHCKMIFAJFTY3``: letters of one case drawn at
    random (digits among upper-case ones), after a vendor's short prefix: keys some providers issue. Drawn letters are
    a fifth vowels and run into long consonant clusters; joined English words ("prettyprintingtypemap") keep a
    quarter or more vowels and few such runs. Lower-case letters alone need 24 (names run long), upper-case 16."""
    prefix, _, body = value.rpartition("-") if "-" in value else value.rpartition("_")
    if len(prefix) > 4 or not (body.isascii() and body.isalnum()) or _HEX_RUN.fullmatch(body):
        return False
    letters = "".join(char for char in body if char.isalpha()).lower()
    if body.isalpha() and body.islower():
        if len(body) < 24:
            return False
    elif not (body.isupper() and len(body) >= 16 and len(letters) >= 12):
        return False
    vowels = sum(char in "aeiou" for char in letters)
    runs = _CONSONANT_RUN.findall(body.lower())
    return (
        4 * vowels < len(letters)
        and (len(runs) >= 2 or max(map(len, runs), default=0) >= 8)
        and not is_sequential(body)
        and not is_patterned(body)
    )


_CONSONANT_RUN = re.compile(r"[^aeiou]{4,}")


def scattered_digits(value: str) -> bool:
    """``D5DTIKDKOV7PWQ4WUMQ1UAEVRSLQLPZHWD1L`` (Vultr), ``xlmlh9qqquhpo57vfbkepdq9j99uwrya`` (a session id): one
    case of letters with digits strewn through it. Its letters form word-like runs by chance, so ``is_gibberish``
    takes it for words; but names of code do not hold three separate groups of digits in 24 unbroken characters."""
    return len(value) >= 24 and value.isalnum() and len(_DIGIT_GROUPS.findall(value)) >= 3


_ALTERNATING = re.compile(r"[A-Za-z]?(?:\d[A-Za-z])+\d?")


def _repeated_chunk(value: str, size: int = 6) -> bool:
    """The same six characters three times over ("...3TC2fpN9Ud1bS0NoA...3TC2fpNd1bS0NoA...3TC2fpN9Ud1bS0NoA"): a
    stand-in pasted together from one piece; in random characters a six-character piece recurs almost never."""
    pieces = [value[index : index + size] for index in range(len(value) - size + 1)]
    if len(set(pieces)) > len(pieces) - 2:
        return False  # (no piece seen three times: the common case, told without counting)
    counts = Counter(pieces)
    # (counted again without overlaps, only for the few that recur; a chunk of four different characters or more:
    # runs of one, "AAAAAAAA", fill a binary header's base64)
    return any(seen >= 3 and len(set(chunk)) >= 4 and value.count(chunk) >= 3 for chunk, seen in counts.items())


def is_patterned(value: str) -> bool:
    """``123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`` (Telegram's documented sample), ``AABBCCDDEEFF...1234567890``:
    a token typed by hand out of counting runs (doubled letters squeezed first). In random characters a run of three
    consecutive ones is rare (about one in 2,000 positions for letters and digits); half the value in them is none."""
    if len(value) >= 16 and _ALTERNATING.fullmatch(value):
        # "b9e1d4c3a2f7c6d5...": a letter, a digit, a letter, ... throughout, as a hand types a stand-in (16 random
        # hex digits alternate so about once in 45,000 draws, 32 once in ten billion)
        return True
    if 24 <= len(value) <= 256 and _repeated_chunk(value):
        return True
    if len(value) >= 24 and (_runs_apart(value) or _bech32_alphabet_run(value)):
        return True
    lowered, following = value.lower(), value[1:].lower()
    steps = (
        sum(map(operator.eq, lowered.translate(_NEXT_CHAR), following))
        + sum(map(operator.eq, lowered.translate(_PREVIOUS_CHAR), following))
        + sum(map(operator.eq, lowered, following))
    )
    if 3 * steps < len(value):
        return False  # a run of n >= 3 characters takes n - 1 steps (or repeats): too few to cover half the value
    squeezed = _DOUBLED.sub(r"\1", lowered)
    runs, length, covered = 0, 1, 0
    for previous, char in zip(squeezed, squeezed[1:]):
        if char.isalnum() and abs(ord(char) - ord(previous)) == 1:
            length += 1
            continue
        if length >= 3:
            runs, covered = runs + 1, covered + length
        length = 1
    if length >= 3:
        runs, covered = runs + 1, covered + length
    # two runs, or one long one ("dabpi12345678"), over half the value
    return (runs >= 2 or covered >= 6) and 2 * covered >= sum(char.isalnum() for char in squeezed)


def _runs_apart(value: str) -> bool:
    """ "Ab3x9QwE7kLmN2pR5sT8uV0aBcDeF", "St4uP9wQ2eR7tY0uI5oP8aS3dF6gH1jK", "9f8e7d6c5b4a3928...": letters read apart
    from the digits count up or down or follow a keyboard's row, in runs of five or more over a third of them, as
    a hand types a stand-in between digits (in random letters a run of five is about one in 2,000 positions). In
    hex (four letters in five from a to f, after a format's head) the six letters fall in such runs by chance: there
    the digits must count too, and half the letters."""
    lowered = value.lower()
    head = _FORMAT_HEAD.match(lowered)
    body = lowered[head.end() :] if head is not None else lowered
    letters = body.translate(_DROP_ALL_BUT_LETTERS)
    if len(letters) < 10:
        return False
    following = letters[1:]
    steps = sum(map(operator.eq, letters.translate(_NEXT_CHAR), following)) + sum(
        map(operator.eq, letters.translate(_PREVIOUS_CHAR), following)
    )
    if 5 * sum(letters.count(letter) for letter in "abcdef") >= 4 * len(letters):
        # (runs over half the letters take two steps in five of them at least: most random values have fewer)
        if 5 * steps < 2 * len(letters):
            return False
        digits = body.translate(_DROP_ALL_BUT_DIGITS)
        return 2 * _covered_by_runs(letters, False) >= len(letters) and 3 * _covered_by_runs(digits, False) >= len(
            digits
        )
    steps += sum(map(operator.eq, letters.translate(_KEYBOARD_RIGHT), following)) + sum(
        map(operator.eq, letters.translate(_KEYBOARD_LEFT), following)
    )
    if 15 * steps < 4 * len(letters):
        return False  # (runs over a third of the letters take four steps in fifteen of them at least)
    return 3 * _covered_by_runs(letters, True) >= len(letters)


def _bech32_alphabet_run(value: str) -> bool:
    """ "AGE-SECRET-KEY-1QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L...": twelve or more characters of bech32's alphabet in its
    own order, copied from the specification by a hand making a stand-in."""
    lowered = value.lower()
    # (every twelve of the alphabet in order hold one of its four-letter pieces at 0, 8, 16 or 24: a cheap test first)
    return any(piece in lowered for piece in _BECH32_PIECES) and any(
        _BECH32_ALPHABET[start : start + 12] in lowered for start in range(len(_BECH32_ALPHABET) - 11)
    )


_BECH32_ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_PIECES = tuple(_BECH32_ALPHABET[start : start + 4] for start in range(0, 32, 8))


def _covered_by_runs(chars: str, keyboard: bool) -> int:
    """How many of ``chars`` stand in runs of five or more that go one way, each one next to the one before in the
    alphabet or in counting ("fedcba", "56789"), or on a keyboard's row when ``keyboard`` ("asdfgh", "ertyuiop")."""
    covered, length, step = 0, 1, 0
    for previous, char in zip(chars, chars[1:]):
        steps = _ways_after(previous, char, keyboard)
        if steps and (length == 1 or step in steps):
            length, step = length + 1, step if step in steps else steps[0]
            continue
        covered += length if length >= 5 else 0
        length, step = (2, steps[0]) if steps else (1, 0)
    return covered + (length if length >= 5 else 0)


def _ways_after(previous: str, char: str, keyboard: bool) -> tuple[int, ...]:
    """The ways ``char`` follows ``previous``: +1 or -1 in the alphabet or in counting, +2 or -2 along a keyboard's
    row (when ``keyboard``; "f" then "g" goes both ways)."""
    difference = ord(char) - ord(previous)
    alphabet = (difference,) if difference in (1, -1) else ()
    if keyboard and _KEYBOARD_RIGHT.get(ord(previous)) == ord(char):
        return (*alphabet, 2)
    if keyboard and _KEYBOARD_LEFT.get(ord(previous)) == ord(char):
        return (*alphabet, -2)
    return alphabet


# Neighbours on a keyboard's letter rows, to the right (a step of +2) and to the left (-2)
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYBOARD_RIGHT = {ord(a): ord(b) for row in _KEYBOARD_ROWS for a, b in zip(row, row[1:])}
_KEYBOARD_LEFT = {ord(b): ord(a) for row in _KEYBOARD_ROWS for a, b in zip(row, row[1:])}


def is_sequential(value: str) -> bool:
    """``0123456789abcdef01234567``, ``abcdefgh``: mostly runs of consecutive characters, a test pattern."""
    if len(value) < 8:
        return False
    following = value[1:]
    steps = sum(map(operator.eq, value.translate(_NEXT_CHAR), following)) + sum(
        map(operator.eq, value.translate(_PREVIOUS_CHAR), following)
    )
    if steps >= 0.7 * (len(value) - 1):
        return True
    # Letters and digits each counting up, interleaved and in mixed case: "1aB2CD3e4fgHi5JK...", "abc123.def456ghi"
    letters = value.lower().translate(_DROP_ALL_BUT_LETTERS)
    digits = value.translate(_DROP_ALL_BUT_DIGITS)
    # (the letters walk the alphabet: "defgdefg..." repeating four letters is a pattern a labeller kept as a token)
    if (
        len(letters) + len(digits) >= 12
        # (or the hex digits' six letters, counted through: "a0b1c2d3e4f5a6b7...")
        and (len(set(letters)) >= 8 or (set(letters) == set("abcdef") and len(digits) >= 8))
        # (each counting up by one, or by two where the typist skipped: "aB3dE5fG7hI9jK2mN4..." skips c and l)
        and all(len(run) < 4 or _walk_steps(run) >= 0.7 * (len(run) - 1) for run in (letters, digits))
    ):
        return True
    # The same in hex bytes: 808182...9f, 000102...1f (test keys that count through the bytes)
    if len(value) >= 16 and not len(value) % 2 and _HEX_RUN.fullmatch(value):
        octets = bytes.fromhex(value)
        return sum(after - before == 1 for before, after in zip(octets, octets[1:])) >= 0.7 * (len(octets) - 1)
    return False


def sequential_after_prefix(value: str) -> bool:
    """``is_sequential`` for the value or its longest part: ``sk_live_a1B2c3D4e5F6g7H8`` is a format's prefix, then
    the alphabet and the digits typed in turn."""
    if "_" not in value and "-" not in value:
        return is_sequential(value)
    part = max(_PREFIX_SEPARATOR.split(value), key=len)
    # (the whole value where its longest part is most of it, or too short to tell)
    return is_sequential(part) or (len(part) < 0.6 * len(value) and is_sequential(value))


def _walk_steps(run: str) -> int:
    """Steps of ``run`` (all lower-case letters or all digits) that count up by one or two, wrapping around, or
    that count down by one ("9F8A7B6C5D4E...": the digits typed downwards, the hex letters upwards)."""
    following = run[1:]
    return max(
        sum(map(operator.eq, run.translate(_WALK_ONE), following))
        + sum(map(operator.eq, run.translate(_WALK_TWO), following)),
        sum(map(operator.eq, run.translate(_WALK_BACK), following)),
    )


_WALK_ONE = {
    ord(c): ord(n) for c, n in zip("abcdefghijklmnopqrstuvwxyz0123456789", "bcdefghijklmnopqrstuvwxyza1234567890")
}
_WALK_TWO = {
    ord(c): ord(n) for c, n in zip("abcdefghijklmnopqrstuvwxyz0123456789", "cdefghijklmnopqrstuvwxyzab2345678901")
}
_WALK_BACK = {
    ord(c): ord(n) for c, n in zip("abcdefghijklmnopqrstuvwxyz0123456789", "zabcdefghijklmnopqrstuvwxy9012345678")
}
_HEX_RUN = re.compile(r"[0-9a-fA-F]+")
_DROP_ALL_BUT_LETTERS = str.maketrans("", "", string.digits + string.punctuation + string.whitespace)
_DROP_ALL_BUT_DIGITS = str.maketrans("", "", string.ascii_letters + string.punctuation + string.whitespace)


# Words of a sentence (a prompt, a message, a label), which a passphrase of chosen words does not hold.
_SENTENCE_WORDS = frozenset(
    "a an the is are was be to of for in on at by with from as if or and not no your you my our this that it its "
    "must should will can cannot please enter here there new old current password passwd pass secret key token "
    "required invalid incorrect wrong missing empty".split()
)
_PASSPHRASE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9!@#$%^&*+=?~-]*")


def _spelled_sentence(value: str) -> bool:
    """Four or more parts joined by dots, hyphens or underscores, two of them a sentence's function words."""
    if sum(map(value.count, "._-")) < 3:
        return False
    parts = _PART_SEPARATORS.split(value.lower())
    return len(parts) >= 4 and sum(part in _FUNCTION_WORDS for part in parts) >= 2


_PART_SEPARATORS = re.compile(r"[._-]")
_FUNCTION_WORDS = frozenset(
    "a an the is are was be to of for in on at by with from as or and not this that it".split()
)


def is_passphrase(value: str) -> bool:
    """``correct horse battery staple``: two to six words separated by single spaces, none of them a sentence's
    word (``Enter your password``, ``not set``, ``Admin Password`` are prompts and labels)."""
    words = value.split(" ")
    return 2 <= len(words) <= 6 and all(
        _PASSPHRASE_WORD.fullmatch(word) and word.lower() not in _SENTENCE_WORDS for word in words
    )


# A signed URL's credential scope (AWS Signature V4, Google Cloud Storage V4): <key id or service account>/<date>/
# <region>/<service>/aws4_request. It says whose key signed and for what; the signature is the secret, and an access
# key id inside the scope is found by its own format.
_CREDENTIAL_SCOPE = re.compile(r"/[^/]+/[^/]+/[^/]+/(?:aws|goog)4_request$", re.IGNORECASE)


# A fragment of a signed URL's credential scope: [key id/]date/region/service/aws4_request, any leading part of it
# (the date is what makes it one; the key id inside, if any, is found by its own format).
_SCOPE_FRAGMENT = re.compile(r"(?:[^/\s]{1,128}/)?(?:19|20)\d{6}/(?:[a-z0-9-]+/){0,3}(?:(?:aws|goog)4_request)?")
# A template's field, then a path: the value is built by formatting, not written.
_TEMPLATE_PATH = re.compile(r"(?:\$?\{[A-Za-z_][\w.]*\}|%\(\w+\)s)/")
# Names joined by "." with an index in brackets (a JMESPath expression, an attribute path): Shards[-1].ShardId
_SUBSCRIPT_PATH = re.compile(r"[A-Za-z_]\w*(?:\[-?\d*\])?(?:\.[A-Za-z_]\w*(?:\[-?\d*\])?)+|[A-Za-z_]\w*\[-?\d*\]")
# A cloud region (us-west-2, eu-central-1, us-gov-west-1, cn-north-1), which signers take positionally.
_REGION = re.compile(r"[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}")
# A rate limit, "N per unit[/per key]": 5/m, 100/h/ip, 1/10m/user (django-allauth, DRF throttles).
_RATE_LIMIT = re.compile(r"\d+/\d*(?:s|m|h|d|sec|min|hour|day)(?:/[a-z_]+)?")
# A name in a namespace of two or more levels: Django's URL names (headless:account:reauthenticate), Redis keys.
_NAMESPACED_NAME = re.compile(r"[a-z_]+(?::[a-z_]+){2,}")
_READABLE_PART = re.compile(r"[a-z]{3,}|[A-Z]{3,}|\d+")


def _composite_id(value: str) -> bool:
    """Three or more parts joined by ":", two of them a word of one case or a number: an id composed of other
    ids ("default:STOCK:8885060548", "stripe:invoice:in_1P9x:evt_..."), where a key holds one random part."""
    parts = value.split(":")
    return len(parts) >= 3 and all(parts) and sum(bool(_READABLE_PART.fullmatch(part)) for part in parts) >= 2


# A mapping's key qualified by its namespace ("base:password": "), and a field's name as the value
_NAMESPACED_KEY_BEFORE = re.compile(r"""["'][a-z]{2,12}:[a-z0-9_]{2,60}["'][ \t]*:[ \t]*["']$""")
_FIELD_NAME_VALUE = re.compile(r"[a-z]{2,12}:[a-z]{2,16}\d?")


# Names of code, whatever name they are given: an import path with its attribute (an entry point's target), a
# Django migration's name (a four-digit number, then words and a timestamp).
_IMPORT_PATH = re.compile(
    # (a package's name is longer than one letter: "G.trW0jjH:rAQNcQ" is a password)
    r"[A-Za-z_]\w+(?:\.[A-Za-z_]\w*)+:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*"
    r"|\.+[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*"  # ".types": a lazy-import table's relative module
)
_MIGRATION_NAME = re.compile(r"\d{4}_[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# A word closing Markdown's bold ("Generator**!"), and a parameter set to a number ("length=16")
_BOLD_WORD_END = re.compile(r"[A-Za-z]+\*\*[!.,:;?]?")
_NUMBER_PARAMETER = re.compile(r"[a-z][a-z_]{1,30}=\d{1,6}")
# test-token-12345, pingram_sk_abc123: words and a counter
_WORDS_THEN_NUMBER = re.compile(r"[a-z]+(?:[-_][a-z]+)+[-_](?:[a-z]{1,4}|(?P<glued>[a-z]{6,}))?(?P<digits>\d{1,16})")


_BARE_TOKEN_NAME = re.compile(r"""(?:^|[^\w-])["']?token["']?\]?[ \t]*(?:=|:|=>)[ \t]*[rbuf]?["']?$""", re.IGNORECASE)


def challenge_token(before: str) -> bool:
    """``HTTP01(token=b"...")``, ``{"type": "dns-01", "token": "..."}`` inside a challenge: a value named only
    "token" (no access, refresh, auth or api) that a challenge carries is published by design (ACME serves it over
    HTTP and DNS), no credential. ``before`` is up to 300 characters before the value."""
    line = before[before.rfind("\n") + 1 :]
    return bool(_BARE_TOKEN_NAME.search(line)) and "chall" in before[-300:].lower()


# The word "password" in the languages UI catalogues translate it to: a field label, never a password.
_FULL_WIDTH_PUNCTUATION = re.compile("[，。、；：！？]")
_PASSWORD_IN_LANGUAGES = frozenset(PASSWORD_WORDS)


# Twenty bytes in hex: an address (a private key is 32); the option's spelling with its separator: "--pw=", "/PW:"
# After a quoted value: its repetition ("x" * 32), or the colon that makes it a mapping's key
_REPEATED_AFTER = re.compile(r"[ \t]*\*[ \t]*\d")
_MAPPING_KEY_AFTER = re.compile(r"[ \t]*:(?!:)")
# An enumeration's member: its PascalCase type of two words or more, then an upper-case member
_ENUM_MEMBER = re.compile(r"(?:[A-Z][a-z0-9]+){2,}\.[A-Z][A-Z0-9_]{2,}")
# A host's address, as it comes before a port (no account is named so)
_HOST_SHAPE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|localhost")
# 16 bytes in base64 (the last character before "==" holds two bits), under a name saying the key guards access
_BASE64_16_BYTES = re.compile(r"[A-Za-z0-9+/]{21}[AQgw]==")
_SECURITY_KEY_NAME = re.compile(r"(?i)(?:security|secret|auth|access)[_.-]?key\W{0,6}$")
# A value's name ending in "secret", then its quote and operator
_SECRET_BEFORE = re.compile(r"""(?i)secret\W{0,6}$""")
_ACCOUNT_ADDRESS = re.compile(r"(?:[a-z][a-z0-9-]{1,20}:)?0x[0-9a-fA-F]{40}")
# A Google Cloud resource's name: "projects/PROJECT/secrets/NAME", "projects/P/locations/L/keyRings/R/cryptoKeys/K"
_CLOUD_RESOURCE_NAME = re.compile(
    r"projects/[\w.-]{1,64}(?:/[A-Za-z]+/[\w.-]{1,256}){1,4}(?:/versions/(?:\d+|latest))?"
)
_KEY_NAMED_BY_ALGORITHM = re.compile(
    r"(?i)(?:ed25519|ed448|x25519|rsa|ecdsa|secp256k1|p-?256|p-?384|hmac)[:/_][a-z]+(?:[-_][a-z]+)*"
)
_OPTION_SPELLING = re.compile(r"(?:--?|/)[A-Za-z][\w-]*[=:]")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# (or one private module's: jsii's type annotations, "_aws_cdk_aws_kms_ceddda9d.IKey")
_CLASS_PATH = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+\.[A-Z][A-Za-z0-9]+|_[a-z0-9_]+\.[A-Z][A-Za-z]+")
_NAME_EQUALS_VALUE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+=[a-z0-9_.-]+")
# (or a label that ends in a credential's noun: "Bluetooth pairing code", "Admin PIN", "Wi-Fi passcode")
_SAYS_PASSWORD = re.compile(r"(?i)\bpass(?:word|phrase)\b|(?<=[a-z] )(?:code|pin|passcode)$")
# The business objects an API may give ids it calls tokens (Lithic's account_token, Braintree's payment_method_token)
_RESOURCE_TOKEN_NAME = re.compile(
    r"(?:account|card|transaction|entity|statement|case|comment|document|dispute|hold|order|payment|payment_method|"
    r"customer|program|event|merchant|upload|report|invoice|refund|balance|transfer|subscription|product|instrument|"
    r"holder|enrollment|settlement|rule|recipient)_token$"
)
_CHECKOUT_TOKEN = re.compile(r"EC(?:-|%2[dD])[0-9A-Z]{17}")
_CRYPTO_ALGORITHM = re.compile(
    r"(?i)(?:hmac[-_]?)?(?:sha-?(?:1|224|256|384|512)|sha3-\d{3}|md5|blake2[bs]?|argon2(?:id|i|d)?|bcrypt|scrypt"
    r"|pbkdf2(?:[-_]sha-?\d{1,3})?|aes-?\d{3}(?:-[a-z]{3})?|rsa-?\d{4}|ed25519|[hre]s\d{3}|pkcs\s?#?\d{1,2})"
)


def _storage_scheme(value: str) -> bool:
    """Algorithms and what goes with them, joined by "+": "PBKDF2+salt", "XOR0x05+hex"."""
    return "+" in value and all(
        _CRYPTO_ALGORITHM.fullmatch(part) or _SCHEME_PART.fullmatch(part) for part in value.split("+")
    )


_HEX_LITERAL = re.compile(r"0[xX][0-9A-Fa-f]{1,4}")  # (not "0xDEADBEEF": a test's bad password is typed so)
_SCHEME_PART = re.compile(r"(?i)salt|pepper|hex|base64|base32|iterations|xor(?:0x[0-9a-f]{1,4})?")
_CODE_KEYWORDS = frozenset("async await function return const let var new this typeof instanceof yield".split())
_DATA_FILE_NAME = re.compile(
    r"[\w-]+\.(?:csv|tsv|dbf|txt|json|xml|db|sqlite|log|dat|bin|cfg|ini|yaml|yml|toml|parquet)"
)
_SEED_WORDS = re.compile(r"[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,23}")
_CALL_IN_FIELD = re.compile(r"\{[A-Za-z_][\w.]*\(")
_WORDS_NOT_KEY = re.compile(r"(?<![\w/+])[A-Za-z]{2,}[ \t]+(?:[A-Za-z]{2,}|\d)")
_LONG_RANDOM_PART = re.compile(r"[A-Za-z0-9+/_=.-]{16,}")
_HOME_OR_SYSTEM_PATH = re.compile(r"(?:~|/(?:home|etc|var|usr|opt|tmp|root|Users|srv|mnt|data|dev|proc|sys))/[\w.@~-]")
_FILE_PATH_VALUE = re.compile(r"[\w.-]+(?:/[\w.:-]+)+\.[A-Za-z][A-Za-z0-9]{1,5}")
_ROUTE_OR_FILE = re.compile(r"[a-z0-9_.<>:-]+(?:/[a-z0-9_.<>:-]*)*?(?:/|\.[a-z]{2,5})")
# Two random (version 4) UUIDs joined into one value
_UUID_PAIR = re.compile(f"{_RANDOM_UUID.pattern}-?{_RANDOM_UUID.pattern}")


# (one byte, padded as an encoder pads it: the second character's unused bits zero)
_SHORT_BASE64 = re.compile(r"[A-Za-z0-9+/][AQgw]==")
# A UUID's first groups, cut where prose wrapped it: "templateId is 5cf42378-d67d-4f36- ba46-e8b8"
_UUID_GROUPS = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-(?:[0-9a-fA-F]{4}-)?")
_STAND_IN_WORD = re.compile(r"(?i)dummy|fake")
_DECIMAL = re.compile(r"[-+]?\d{1,3}\.\d{4,}")
_REPLY_COMPARED = re.compile(r"""(?i)(?:correct|valid|ok|result|status|response|reply|ack)[ \t]*[=!]=[ \t]*b?["']$""")
_CODE_OPENING = re.compile(r"[A-Za-z_][\w.]*\[")
# A name or a word ending a clause with a colon, unquoted: "if not sam3.enabled:", "Password requirements: minimum..."
_LOWER_NAME_COLON = re.compile(r"(?:[a-z_][a-z0-9_]*\.)*[a-z_][a-z0-9_]*:")
_ANSI_COLOUR = re.compile(r"(?:\\033|\\x1[bB]|\\u001[bB]|\\e)\[[0-9;]*m")
_PROSE_WORDS = frozenset(
    "cannot must should will would can could may might is are was were be been being not required missing empty "
    "base64 base32 base58 hex ascii utf8 utf-8".split()
)
_NAME_ITEM_NEXT = re.compile(r"""["'][ \t]*,[ \t]*["'][a-z][a-z0-9]*(?:_[a-z0-9]+)*["']""")
_SECRET_FIELD_NEXT = re.compile(r"""["'][ \t]*,[ \t]*["'](?:password|passwd|pwd|pass|secret|token)["'][ \t]*\)""")
_ANGLE_FIELD = re.compile(r"<[A-Za-z][A-Za-z0-9_ ]{2,30}>")
_PREFIXED_DIGEST = re.compile(
    r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+:(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})"
)
_SYMBOL_EQUALS_NUMBER = re.compile(r"[^\W\d_]{1,3}=[-+]?\d+(?:\.\d+)?")
_SCHEMA_EXAMPLE = re.compile(r"stringx*|strx+")
_SAYS_INVALID = re.compile(r"(?i)not[ _-](?:a[ _-])?valid|malformed|corrupted")
_JUNK_WORD = re.compile(r"(?i)(?<![a-z])(?:junk|garbage)(?![a-z])")
_SELF_NAMED_VALUE = re.compile(r"(?:[a-z]+-)*(?:secret|api|access|auth)-(?:key|token|secret)(?:-[a-z]+)*-\d{1,4}")
_RFC_EXAMPLE_UUID = "550e8400-e29b-41d4"
_BASE64URL_PART = re.compile(r"[A-Za-z0-9_-]*")


def elided_format_head(value: str) -> bool:
    """The first characters of a format's shared head, shown before "..." ("pypi-AgEIcHl...")."""
    return len(value) >= 8 and any(head.startswith(value) for head in FORMAT_HEADS)


def describes_itself(value: str) -> bool:
    """A stand-in that says what it is: "stringxx" (an API schema's example string), "{not valid json::",
    "legacy-junk", "firebase-secret-key-123" (its name's words and a number)."""
    return bool(
        _SCHEMA_EXAMPLE.fullmatch(value)
        or _SAYS_INVALID.search(value)
        or _JUNK_WORD.search(value)
        or ("-" in value and _SELF_NAMED_VALUE.fullmatch(value))
    )


def _malformed_jwt(value: str) -> bool:
    """A JWT-shaped value with two parts only, or a part that is not base64url: a test vector malformed on purpose."""
    parts = value.split(".")
    if len(parts) == 2:
        return parts[0].startswith("eyJ") and parts[1].startswith("eyJ")
    return len(parts) == 3 and "eyJ" in parts[1][:3] and not all(_BASE64URL_PART.fullmatch(part) for part in parts)


_PREFIX_ALONE = re.compile(r"[a-z]{2,6}_(?:test|live|x+|[a-z0-9])")
_PREFIX_AND_WORD = re.compile(
    r"(?:whsec|sk|rk|pk|ghp|gho|ghs|ghu|glpat|xox[abpr]|npm|shpat|shpss|hf|sq0atp)_[a-z]{1,8}"
)
# The start that every token of a format shares: AWS STS session tokens', PyPI's
FORMAT_HEADS = ("FQoGZXIvYXdz", "IQoJb3JpZ2lu", "pypi-AgEIcHlwaS5vcmc")
_CONCATENATED_AFTER = re.compile(r"""["'`][ \t]*\+[ \t]*[\w(]""")
_GLOB_NAME = re.compile(r"\*[._-]?[A-Z][A-Z0-9_]*\*?|\*\.[a-z0-9]{1,5}")
_FRACTION = re.compile(r"\d{1,6}/\d{1,6}")
_QUESTION_WORD = re.compile(r"[a-z]{3,}\?")
_QUERY_STRING = re.compile(r"[\w:.-]*?\b[A-Za-z_]\w+=[^&\s=]*(?:&[A-Za-z_]\w+=[^&\s=]*)+")
_ARITHMETIC = re.compile(r"(?:[a-z]+|[A-Za-z]*_\w*)[ \t]*[*/%][ \t]*\d+(?:\.\d+)?;")
# A phrase going on after the value's word, inside the quotes: "xpass: Expected passes"
_WORDS_GO_ON = re.compile(r"""[ \t]+[a-z]{2,}(?:[ \t]+[a-z]+)*[ \t]*["'`]""")
_NAME_EXAMPLE_BEFORE = re.compile(r"""(?i)\bname\b[^\n]{0,16}?(?:e\.g\.|for example|such as|like)[ \t,:]*["'`]?$""")
_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8});?")
_NEXT_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}(?![\w-])")
_DIGEST_NAME = re.compile(
    r"(?i)(?:sha-?(?:1|224|256|384|512)|sha3-\d{3}|md5|blake2[bs]?)(?:[ _-]?(?:hash|digest|sum))?"
)
_HEX_FINGERPRINT = re.compile(r"(?:0x)?(?:[0-9A-F]{16}|[0-9A-F]{40}|[0-9a-f]{16}|[0-9a-f]{40})")
_GPG_NAME = re.compile(r"(?i)gpg|pgp|gnupg")
_ENCRYPTED_PREFIXES = ("crypt1:", "crypt2:")
_DEFAULT_AFTER = re.compile(r"""["'`]?[ \t]*(?:<-+|#|//|;|\(|--)?[ \t]*(?:the[ \t]+|factory[ \t]+)?default\b""", re.I)
_PHRASE_KEY = re.compile(r"\"[^\"\n]* [^\"\n]*\"[ \t]*:[ \t]*\"$")
_WORDS_THEN_VALUE = re.compile(r"(?:[a-z]+[-_])+value")
_READ_BY_COMMAND = re.compile(
    r"(?:cat|head|tail|pass|gopass|gpg|op[ \t]+read|secret-tool|security|keyring|vault|jq|base64)[ \t]+\S"
)
# (and the built-in generics: "password": "list[str]" in an OpenAPI model's map of types)
_TYPE_EXPRESSION = re.compile(
    r"(?:(?:[a-z_]\w*\.)*[A-Z][A-Za-z0-9_]*|list|dict|set|frozenset|tuple|type)\[[A-Za-z_][\w., \[\]]*\]"
)
_INSTRUMENT_KEY = re.compile(r"[A-Z]{2,}(?:_[A-Z]{2,})*\|[A-Z0-9]{6,}")
_BYTES_TOKEN_BEFORE = re.compile(r"(?i)token[\"']?\]?[ \t]*[=:][ \t]*b[\"']$")
# "pass" the verb: after a plural noun or a modal ("tests pass", "checks must pass"), where a label names a thing
# ("db pass:")
_PASS_VERB_BEFORE = re.compile(r"(?i)(?:\b[a-z]{3,}s|\bmust|\bshould|\bwill|\bto)[ \t]+pass\W{0,3}$")
# a path whose every part is one kind of thing, a word, a number or a lower-case hex id (base64's parts mix them)
_WORD_PATH = re.compile(r"(?:[A-Za-z]+|\d+|[0-9a-f]+)(?:/(?:[A-Za-z]+|\d+|[0-9a-f]+))+/?")
_BASE64_TEXT = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")
_ASCII_BASE64_LEADS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef")
# (words parted by spaces, punctuation or hyphens: "secret-one-for-the-tests", "--- Super Private Key ---")
_PROSE_TEXT = re.compile(r"[ -]*[A-Za-z]+(?:[ ,.!?'-]+[A-Za-z]+){2,}[ .!?\n-]*")
_WORD = re.compile(r"[A-Za-z]+")
_STAND_IN_WORDS = frozenset(("here", "value", "private", "public")) | _MADE_UP_WORDS
_DOMAIN_TEXT = re.compile(r"[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63})*\.[a-z]{2,12}")
_STAND_IN_PREFIXES = ("fake", "dummy", "test", "example", "sample", "placeholder", "notasecret")
# A token format's prefix before its base64 ("whsec_")
_FORMAT_PREFIX = re.compile(r"[a-z]{2,8}_")
# A Solana account's address or a token mint's (32 bytes in base58), and the words beside one
_BASE58_32_BYTES = re.compile(r"[1-9A-HJ-NP-Za-km-z]{32,44}")
_CHAIN_WORD = re.compile(
    r"(?i)address|(?<![a-z])mint|(?-i:Mint)|chain|solana|wallet|pubkey|program_?id|lamports|authority"
)
# (among the object's fields that follow: "address" and "chain" name a server's or a pipeline's as often)
# (and the two addresses every Solana program names: wrapped SOL's mint and the SPL Token program)
_SOLANA_WORD = re.compile(
    r"(?i)(?<![a-z])mint|(?-i:Mint)|solana|wallet|pubkey|program_?id|lamports|So1{20}|Tokenkeg|Tokenz|spl_?token|"
    r"token_?(?:account|program)"
)
_LOWER_HEX = re.compile(r"[0-9a-f]+")
_FILE_EXTENSION = re.compile(r"\.[a-z]{2,5}\b")


def _base64_of_prose(value: str) -> bool:
    """Base64 of a sentence of four words or more ("hello world my token is cool", "snapadmin-demo-key-not-a-
    secret!"), or of three that say what they stand in for ("secret-value-here"), after a token format's prefix or
    not: a stand-in typed for a test or a demo. (``decodes_to_text`` also takes words run together, which a Basic
    credential's "user:password" is.)"""
    if (prefix := _FORMAT_PREFIX.match(value)) is not None:
        value = value[prefix.end() :]
    # (every fourth character of ASCII's base64 opens a byte below 0x80: one of A-Z, a-f, which random keys seldom
    # give eight times in a row; the cheap test first)
    if not _ASCII_BASE64_LEADS.issuperset(value[::4]) or not _BASE64_TEXT.fullmatch(value):
        return False
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        return False
    if (
        (decoded.isdigit() and is_sequential(decoded))
        or (decoded.isalpha() and decoded.lower().startswith(_STAND_IN_PREFIXES))
        or (len(decoded) >= 16 and decoded.isalnum() and is_patterned(decoded))
    ):
        # the base64 of "12345678901234567890123456789012", of "fakekey", of "00112233...eeff": typed for a test
        return True
    if _DOMAIN_TEXT.fullmatch(decoded):
        return True  # "bedrock-api-key-" and the base64 of "bedrock.amazonaws.com": a host's name, encoded
    if not _PROSE_TEXT.fullmatch(decoded):
        return False
    words = [word.lower() for word in _WORD.findall(decoded)]
    return len(words) >= 4 or not _STAND_IN_WORDS.isdisjoint(words)


# A digest or a key's fingerprint, its algorithm first: SSH's "SHA256:<base64>", OCI's "sha256:<hex>", SRI's "sha384-"
_DIGEST_PREFIXED = re.compile(r"(?i)(?:sha(?:1|224|256|384|512)|md5)[:-][A-Za-z0-9+/=_:-]{16,}")
# An algorithm's name, then a digest of exactly its length in base64 or hex, or an Argon2 hash's encoded string
_STORED_DIGEST = re.compile(
    r"(?i)sha256:(?:[A-Za-z0-9+/]{43}=|[0-9a-f]{64})|sha512:(?:[A-Za-z0-9+/]{86}==|[0-9a-f]{128})"
    r"|sha1:(?:[A-Za-z0-9+/]{27}=|[0-9a-f]{40})|argon2:[A-Za-z0-9+/$=,.-]{40,}"
)


# A key's own word inside its value, or a published key's ("test_api_key_...", "your-llm7-api-key", "sb_publishable_")
# (and Stripe's publishable keys, pk_live_ and pk_test_: shipped in every page that takes a payment)
_NAMES_NO_SECRET_VALUE = re.compile(r"(?i)(?<![a-z])api[_-]key(?![a-z])|publishable|^pk_(?:live|test)_")
# (a variable's name is short: Asaas's keys are "$aact_" and 50 random characters, a "/" among them)
_VARIABLE_PATH = re.compile(r"\$\{?[A-Za-z_]\w{0,23}\}?/")
_CHECK_ID = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*\.[EWIC]\d{3}")
_SSN = re.compile(r"\d{3}-\d{2}-\d{4}")
# Base64 of the DER header of an RSA (2048, 4096) or EC (P-256, Ed25519) public key's SubjectPublicKeyInfo
PUBLIC_KEY_DER_HEADS = (
    "MIIBIjANBgkqhkiG9w0BAQEFAAOC",
    "MIICIjANBgkqhkiG9w0BAQEFAAOC",
    "MFkwEwYHKoZIzj0CAQYI",
    "MCowBQYDK2Vw",
)
_DEFINE_NAME_BEFORE = re.compile(r"#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+[LuU8]{0,2}\"$")
_NAME_BREAK = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
_VALUE_NAME_PARTS = re.compile(r"[A-Za-z0-9]+(?:[_.:-][A-Za-z0-9]+)+")


# (inside a compound too, "hemligtlösenord"; not the words of four letters or fewer, "kii", "susi", which longer
# words hold by chance)
_SECRET_WORD_ANY_LANGUAGE = re.compile(
    "(?i:"
    + "|".join(
        re.escape(word)
        for word in sorted({*PASSWORD_WORDS, *KEY_WORDS}, key=len, reverse=True)
        if len(word) >= 5 or not word.isascii()
    )
    + ")"
)
# Three words or more of letters in any script, parted by spaces, a sentence's punctuation after any
_WORDS_AND_FIELD = re.compile(r"[^\W\d_]{3,}[ \t]+[^\W\d_]{3,}[^{}\n]*\{\w*\}")
_SENTENCE_ANY_SCRIPT = re.compile(r"[^\W\d_]+(?:[,;:]?[ \t]+[^\W\d_]+){2,}[.!?…]?")
# A locale's BCP 47 tag ("mpw-Latn-BR"), a utility class's colour and shade ("bg-emerald-100", "border-l-red-500"), a
# number with separators ("2,200+")
_NOT_A_SECRET_SHAPE = re.compile(
    r"[a-z]{2,3}-[A-Z][a-z]{3}-(?:[A-Z]{2}|\d{3})"
    r"|(?:bg|text|border(?:-[lrtbxy])?|ring|from|to|via|fill|stroke|shadow|outline|divide|decoration|accent)"
    r"-[a-z]+-\d{2,3}"
    r"|\d{1,3}(?:[,.]\d{3})+\+?"
    # a price ("Harga: Rp20,000") or a quantity with its unit ("5GHz", "512MiB")
    r"|(?:Rp|Rs\.?|USD|EUR|€|£|¥|\$)[ \t]?\d[\d,.]*|\d+(?:\.\d+)?(?:[kMG]?Hz|[KMGT]i?B|ms|px|dBm?|mAh)"
)


def _spells_its_name(value: str, before: str) -> bool:
    """Two or more words joined as names are, every one of them a word of the name the value is given: the key
    names a thing by its own name's words (a session's key, a cache's, a settings entry's)."""
    if (define := _DEFINE_NAME_BEFORE.search(before[-120:])) is not None:
        # (a C macro names the string it stands for: #define OSSL_PASSPHRASE_PARAM_INFO "info", #define
        # SN_kx_ecdhe_psk "KxECDHE-PSK")
        name_words = _NAME_BREAK.split(define.group(1))
        if value.lower() == name_words[-1].lower():
            return True
        name_parts = {part.lower() for part in name_words}
        value_parts = _NAME_BREAK.split(value)
        return len(value_parts) >= 2 and all(part.lower() in name_parts for part in value_parts)
    if not _VALUE_NAME_PARTS.fullmatch(value) or (name := _VALUE_NAME_BEFORE.search(before[-120:])) is None:
        return False
    name_parts = {part.lower() for part in _NAME_BREAK.split(name.group(1))}
    return all(part.lower() in name_parts for part in re.split(r"[_.:-]", value))


_DID_BEFORE = re.compile(r"(?<![\w-])did:[a-z0-9]+:$")


_IPV4_AND_PORT = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?")
# Two parts of a Windows path or registry key joined by backslashes (doubled when escaped in a literal)
_BACKSLASH_PATH = re.compile(r"[A-Za-z]{2}\\{1,2}\{?[\w-]{3,}\}?\\{1,2}[A-Za-z]{3}")


def _secret_value(value: str, before: str, kind: str, after: str = "", stored_hashes: bool = True) -> bool:
    """``kind`` is "password", "key" or "constant" (an upper-case *_KEY/*_SALT name: only generated key material
    with symbols counts, which no hash, UUID or encoding has). ``before`` is the line up to the value (its name
    included), ``after`` the text that follows it. ``stored_hashes``: the file may keep a password's hash under its
    name (a bare hex digest there is one), as code and config do and .netrc does not."""
    password = kind == "password"
    if len(value) < (4 if password else 12) or _VERSIONISH.match(value):
        return False
    if _VERSION_RANGE.match(value):
        return False  # "minipass": "^2.2.1" in a lockfile: a dependency's version range, not a password
    if value[:1].isdigit() and _IPV4_AND_PORT.fullmatch(value):
        return False  # Factorio's "rcon": "203.0.113.7:27015": where the console listens, not its password
    if not password and "\\" in value and _BACKSLASH_PATH.search(value):
        return False  # sub_key = "CLSID\\{F22A...}\\InprocServer32": a registry key's path
    if (value[:1].isdigit() and _TIMESTAMP.fullmatch(value)) or ("." in value and _CLASS_PATH.fullmatch(value)):
        # "access_token_expiration_dt": "2020-01-01T17:22:42.934699Z", 'password':
        # ('django.db.models.fields.CharField', ...): when it expires, the field's type; no secret
        return False
    if password and (
        "=" in value and _NAME_EQUALS_VALUE.fullmatch(value) or " " in value and _SAYS_PASSWORD.search(value)
    ):
        # "... supersecretpassword1234 app.tier=db" (a setting after the name), "Forgot Password?" (a form's text)
        return False
    if _DID_BEFORE.search(before[-40:]):
        return False  # "iss": "did:key:z6Mk...": a decentralised identifier (did:key holds a public key), not a name
    if not password and len(value) >= 64 and _UUID_PAIR.fullmatch(value):
        return True  # Stormglass's API keys: two random UUIDs joined, which no id is
    if not password and value[:2] == "EC" and _CHECKOUT_TOKEN.fullmatch(value):
        return False  # 'token': 'EC-6HW17184NE0084127': a PayPal checkout's order reference, carried by the buyer
    if (
        (" " in value or not value.isascii())
        # (outside ASCII a sentence may hold a number: "Выполните: python3 get_token.py (вход через браузер)")
        and (not any(char.isdigit() for char in value) or (not value.isascii() and _SENTENCE_ANY_SCRIPT.search(value)))
        and (
            _SECRET_WORD_ANY_LANGUAGE.search(value)
            # (a sentence outside ASCII: in ASCII, twelve words under a key's name are a wallet's mnemonic)
            or (not password and not value.isascii() and _SENTENCE_ANY_SCRIPT.search(value))
            # (or two words and a format's field: "── Зоны движения: {name} ──")
            or (not password and not value.isascii() and "{" in value and _WORDS_AND_FIELD.search(value))
        )
    ):
        # "new_password": "Nieuw wachtwoord", "password_confirm": "确认密码", "prompt_copy_token": "Скопируйте Ваш
        # токен доступа.": an interface's text, in any language, naming the secret it asks for (a test's "bogus
        # password2" is a password)
        return False
    if value[:1].isalpha() and _CRYPTO_ALGORITHM.fullmatch(value):
        return False  # "upload_secret: HMAC-SHA256 secret used to sign...", "Password Hashing: Argon2id": algorithms
    if _NOT_A_SECRET_SHAPE.fullmatch(value):
        return False  # "mpw": "mpw-Latn-BR" (a locale's tag), "PASS": "bg-emerald-100" (a style's class), "2,200+"
    if _NAMES_NO_SECRET_VALUE.search(value) or _CHECK_ID.fullmatch(value) or _SSN.fullmatch(value):
        # "test_api_key_lX8A...", "your-llm7-api-key", "sb_publishable_...": a value that says it is a stand-in or a
        # published key; "payments.E001": a Django system check's id; "123-45-6789": a social security number
        return False
    if value[:1] == "$" and _VARIABLE_PATH.match(value):
        return False  # curl -H "Authorization: Token $TOKEN" "$BASE/models/?page=2": a URL built from a variable
    if (
        not password
        and _BASE58_32_BYTES.fullmatch(value)
        and _SOLANA_WORD.search(before[-120:] + after.split("\n\n", 1)[0][:400])
    ):
        return False  # 'dcaKey': '<base58>', ... 'inputMint': ...: a Solana account's address, public by design
    if not password and value.startswith(PUBLIC_KEY_DER_HEADS):
        return False  # "MIIBIjANBgkqhkiG9w0BAQEFAAOC...": an RSA or EC public key's DER header, in base64
    if value[:1].isalpha() and _spells_its_name(value, before):
        return False  # PRE_2FA_USER_ID_SESSION_KEY = 'pre_2fa_user_id': the session's key named by its name's words
    if not password and "_" in value[:9] and _stand_in_word_inside(value):
        return False  # "sk_live_51H8xSECRETLEAKED": a format's prefix, then a word saying it stands in for one
    if says_it_stands_in(value):
        return False  # "mcp-secret-CANARY-9f8e7d6c5b4a": two words saying it stands in for a secret
    if not password and not value.isascii() and _WORDS_JOINED_ANY_SCRIPT.fullmatch(value):
        return False  # mapi_key="여기에_3단계에서_복사한_키_붙여넣기" ("paste the key from step 3 here"): words
    if "|" in value and _FIELD_RECORD.fullmatch(value):
        return False  # "capabilityKey": "chain:8453|generation:v14|entryPoint:0x5ff1...": a record of named fields
    if "{" in value and _CALL_IN_FIELD.search(value):
        return False  # f"OPENAI_API_KEY=sk-{g(_ALNUM, 20, rng)}": an f-string's field builds the value at run time
    if (
        not password
        and " " in value
        and _WORDS_NOT_KEY.search(value)
        and not _LONG_RANDOM_PART.search(value)
        and not _SEED_WORDS.fullmatch(value)
    ):
        # "token_reduction": "-50.5% (960 vs 1940 tokens)": words and numbers, no key material (a wallet's twelve
        # or more seed words are its key)
        return False
    if value[:2] in ("0x", "0X") and _HEX_LITERAL.fullmatch(value):
        return False  # "CMD_SET_PWD = 0x5C": a protocol's command code, a number written in hex
    if _storage_scheme(value):
        return False  # "password PBKDF2+salt", "XOR0x05+hex": how a password is stored or sent, not one
    if value in _CODE_KEYWORDS:
        return False  # minified script's "addPasskey:async n=>{...}": a keyword of the language, no value
    if value[:1].isupper() and _ENUM_MEMBER.fullmatch(value):
        return False  # setpassword("...", EncryptionAlgorithm.HMAC_SHA256), KEY_TYPE = KeyType.ED25519: code's enum
    if password and "." in value and _DATA_FILE_NAME.fullmatch(value):
        # ("pass1", "codes.dbf"): a pass of a job and the data file it reads (a program's name stays a value:
        # proxy.py's own default password is "proxy.py")
        return False
    if value[:1] in "~/" and _HOME_OR_SYSTEM_PATH.match(value):
        return False  # "~/.ssh/id_ed25519_github_juniper-ml": the file that holds the key
    if "/" in value and _CLOUD_RESOURCE_NAME.fullmatch(value):
        return False  # master_secret="projects/2319.../secrets/DB_MASTER": a Secret Manager secret's name
    if RESOURCE_NAME.match(value):
        return False  # encryption_key_crn = 'crn:v1:staging:public:kms:...:key:...': a cloud resource's name
    if "/" in value and _FILE_PATH_VALUE.fullmatch(value):
        return False  # obj.key == "public.product/2021-04-26T09:00:00.csv": a stored object's path, a file's name
    if password and "/" in value and _ROUTE_OR_FILE.fullmatch(value):
        return False  # ('reset-password-confirm/', view), "email/password_set_subject.txt": a route, a template
    if not password and value[:3].lower() in ("sha", "md5") and _DIGEST_PREFIXED.fullmatch(value):
        return False  # "host key SHA256:gdDU...", "sha256:9f86...": a fingerprint or a digest, named by its algorithm
    if password and _STORED_DIGEST.fullmatch(value):
        return False  # MediaMTX's "pass: sha256:<base64 of 32 bytes>": the password's digest, stored in its place
    if not password and "0x" in value[:24] and _ACCOUNT_ADDRESS.fullmatch(value) and not _SECRET_BEFORE.search(before):
        # conditional_tokens="0x4D97DCd9...", "ethereum:0x88e6...": an Ethereum account's or contract's public
        # address, maybe after its chain's name (no address is named a secret: hCaptcha's secrets are "0x" and 40
        # hex digits too)
        return False
    if not password and _KEY_NAMED_BY_ALGORITHM.fullmatch(value):
        return False  # "signing_key": "ed25519:builder-key": which key signs, by its algorithm and name
    if value[:1] in "-/" and _OPTION_SPELLING.fullmatch(value):
        return False  # password=("--pw=", "/PW:"): how a command line spells the option, not its value
    if password and _DECIMAL.fullmatch(value):
        return False  # "password10": "-0.0922607": a coordinate in a fixture's numbered field, a measurement
    if (
        password
        and value[0] == "#"
        and _HEX_COLOUR.fullmatch(value)
        and (value[-1] == ";" or _PHRASE_KEY.search(before) or _NEXT_HEX_COLOUR.search(after, 0, 80))
    ):
        # "No formal educational credential": "#e74c41" (a chart's colour for a category, named by a phrase, where
        # DB_PASSWORD = "#88412a" is a password), "background-color: #f8f9fa;" (CSS), {"PASS": "#2ca02c", "FAIL":
        # "#d62728"} (a palette: colours one after another)
        return False
    if (
        not password
        and _HEX_FINGERPRINT.fullmatch(value)
        and (_GPG_NAME.search(before[-80:]) or "keyserver" in after[:200].lower())
    ):
        # BINPKG_GPG_SIGNING_KEY="BFAF...", UBUNTU_SIGNING_KEY="8439..." over KEYSERVER = "hkps://...": which GnuPG
        # key signs, by its fingerprint or id
        return False
    if before.endswith(_ENCRYPTED_PREFIXES):
        return False  # GeoServer's "crypt1:..." and "crypt2:...": the password kept encrypted
    if password and _DEFAULT_AFTER.match(after):
        # "# Password=passw0rd   <- default, do not use": the shipped default, documented as such (a DEFAULT_PASSWORD
        # constant is the default an app logs in with: a credential)
        return False
    if password and _DIGEST_NAME.fullmatch(value):
        return False  # "password: SHA-256 hash of the password", password="sha256hash": a digest's name
    if password and before.endswith(("`", "$(")) and _READ_BY_COMMAND.match(value):
        return False  # --password `cat PRIVATE-release-token`: the shell reads it from a file or a store when run
    if password and _WORDS_THEN_VALUE.fullmatch(value):
        return False  # vault.secret = "bulk-value": words, then "value": a test's stand-in for whatever is stored
    if (
        ("<" in value and _ANGLE_FIELD.search(value))
        or (":" in value and _PREFIXED_DIGEST.fullmatch(value))
        or ("=" in value and _SYMBOL_EQUALS_NUMBER.fullmatch(value))
        or describes_itself(value)
        or ("eyJ" in value and _malformed_jwt(value))
        or _RFC_EXAMPLE_UUID in value
    ):
        # "dj_<companyID>_<random>" (a format's fields named), "grid-revision-v1:6057..." (a content address),
        # "Remaining: ε=0.500" (a quantity), "stringxx" (an API schema's example string), "{not valid json::",
        # "legacy-junk", "firebase-secret-key-123" (stand-ins saying what they are), a JWT truncated or with a part
        # that is not base64url (a test vector, malformed on purpose), create_user(..., 'hash') (the hash's name),
        # the RFC's example UUID 550e8400-e29b-41d4-...
        return False
    if "[" in value and _TYPE_EXPRESSION.fullmatch(value):
        return False  # debugKey: "NotRequired[UnsignedInt64AsBase10]", passphrase: `typing.Optional[str]`: types
    if not password and (
        ("|" in value and _INSTRUMENT_KEY.fullmatch(value))
        or ("\\x" in value and _BYTES_TOKEN_BEFORE.search(before[-80:]))
    ):
        # instrument_token="NSE_EQ|INE669E01016" (an exchange's segment and a security's ISIN),
        # stateless_reset_token=b"F\xb2..." (a protocol's bytes in a test vector: tokens issued to people are text)
        return False
    if len(value) <= 10 and _PREFIX_ALONE.fullmatch(value):
        return False  # api_secret="sk_test", secret = "whsec_x": a format's prefix with no key material after it
    if "_" in value and _PREFIX_AND_WORD.fullmatch(value):
        return False  # sign(body, secret="whsec_loop"): a format's prefix and a word, a test's name for a secret
    if (value.startswith(FORMAT_HEADS) and len(value) < 48) or elided_format_head(value):
        return False  # session_token="FQoGZXIvYXdzEJr", "pypi-AgEIcHlwaS5vcmc": the head every such token shares
    if value[-1] in "-_." and _CONCATENATED_AFTER.match(after):
        return False  # password = "python-integration-" + uuid4().hex[:8]: the fixed prefix of a generated one
    if len(value) >= 12 and after.startswith(("...", "\u2026")):
        return False  # "password = pypi-AgEI...": the start of a value, shown elided
    if (
        _GLOB_NAME.fullmatch(value)
        or _FRACTION.fullmatch(value)
        or value.startswith("#/")
        or (value[-1] == "?" and _QUESTION_WORD.fullmatch(value))
        or ("&" in value and _QUERY_STRING.fullmatch(value))
        or (value[-1] == ";" and _ARITHMETIC.fullmatch(value))
    ):
        # "`*_PASSWORD` or `*_TOKEN`" (names' pattern), "First pass: 36/38 passed" (a count), password:
        # '#/components/schemas/LoginCredential' (a JSON pointer), "its passkey capacity?" (prose), "Example:
        # `prices:fuel_type=unleaded&page=1`" (a query), "t_len = t_wid*8;" (code)
        return False
    if password and "\\x" in value and _REPLY_COMPARED.search(before[-60:]):
        return False  # if rcvd_is_password_correct == b"\x04\x00\x00": a device's reply code, compared
    if (
        (value[-1] == "[" and _CODE_OPENING.fullmatch(value))
        or (value[-1] == ":" and after[:1] not in ('"', "'", "`") and _LOWER_NAME_COLON.fullmatch(value))
        or ("\\" in value and _ANSI_COLOUR.fullmatch(value))
        or (password and value.strip("\"'").lower() in _PROSE_WORDS)
        or ("{" in value and _FORMAT_FIELD_IN_VALUE.search(value))
    ):
        # op2_token = headers["Authorization"]... (a subscript opened), "if not sam3.enabled:", "Password
        # requirements: minimum..." (a clause's words), Status.PASS: "\033[92m" (a terminal's colour),
        # "--password-command cannot be empty", "passphrase is base64" (words), f"{plain}?v={digest}" (a template's
        # field)
        return False
    if password and _SNAKE_NAME.fullmatch(value) and _NAME_ITEM_NEXT.match(after):
        return False  # __slots__ = ("api_key", "api_secret", "room_name", "publisher_id"): names listed
    if password and _SECRET_FIELD_NEXT.match(after):
        return False  # "change_eufy_password": ("eufy", "password"): a service's name, then the field's
    if password and value.isalpha() and value.istitle() and _WORDS_GO_ON.match(after):
        return False  # "xpass: Expected passes": the first word of a phrase in quotes, a description
    if password and _NAME_EXAMPLE_BEFORE.search(before[-60:]):
        return False  # 'App Password, give it any name (e.g. "zeocore")': the name it is given, not the password
    if password and (" " in value or before.endswith("`")) and _PASS_VERB_BEFORE.search(before):
        # "Ensure all checks pass: `uv run pytest`", "tests pass: `pytest`": the verb, and a command after it
        return False
    if value.count("/") >= 2 and _WORD_PATH.fullmatch(value):
        return False  # "Topic: `N/c0619ab48793/battery/512/Alarms`": a topic's or a route's path of names and ids
    if not password and "=" in value.rstrip("=") and _INNER_PAIRS.fullmatch(value):
        return False  # "st=1111111111~exp=1111111411~acl=...~hmac=": a token's parameters, not its key material
    if not password and "#" in value and len(_HASH_FIELDS.findall(value)) >= 2:
        return False
    if not password and _UPPER_SNAKE.fullmatch(value):
        return False  # 'Basic Auth Credentials': 'CKV_SECRET_4': a check's or constant's identifier
    if value.startswith("&") and value[1:].isidentifier():
        return False  # "admin_password &user_passwords" in prose: a list of names
    if password and (_class_name(value) or _PRINTF_ONLY.fullmatch(value) or _LONG_OPTION.fullmatch(value)):
        # "password": "AuthenticatorMethodSimple" (a type's name), '%s\n' % passphrase (a template), "`--os-password`,
        # `--os-project-name`" (a list of options in prose)
        return False
    if _FORMAT_PLACEHOLDER.fullmatch(value):
        return False  # noise_psk="BASE64KEY": a stand-in that names the format it wants
    if _REGEX_GROUP.fullmatch(value) or _LINT_DIRECTIVE_BEFORE.search(before[-40:]):
        # re.sub(r'PASSWORD="(.*?)"', ...): a pattern's group where the value goes; a docstring's "Set Password"
        # line ending in a flake8 suppression of E501: the linter's code after its directive
        return False
    if value.endswith(("...", "\u2026")):
        return False  # 'e734ea6c2b6257de7...': shown elided in the docs, not the value
    if _NUL_ONLY.fullmatch(value) or _QUOTES_OF_CODE.search(value):
        # password = '\\x00' (a NUL filler; b"\\x00\\xFF" is a test's binary password), ('AnsiPwd', ':=""') and
        # '16s=b""' (structure layouts),
        # '{"AccessorID":"' (JSON being concatenated): escapes and code, no value
        return False
    if not password and "\\" in value and not is_gibberish(_ESCAPE_PAIR.sub("", value)):
        return False  # "\\2\\1thisismysecretkey\\1\\2": a readable phrase between escapes, written by hand
    if password and value[-1] == "-" and _UUID_GROUPS.fullmatch(value):
        return False  # "... templateId is 5cf42378-d67d-4f36- ba46-e8b8": an id's groups, wrapped at a space
    if password and _SHORT_BASE64.fullmatch(value):
        return False  # password='YQ==' beside username='YQ==': an API generator's base64 filler, one byte
    if password and _FULL_WIDTH_PUNCTUATION.search(value):
        return False  # ":param password: 无线网络设备的密码，大于8个字符": a description in Chinese, a sentence
    if password and value.strip().lower() in _PASSWORD_IN_LANGUAGES:
        return False  # password: "Mot de passe", password_de: "Passwort": a form label's translation (i18n files)
    if _URL.match(value):
        return False  # a link (secrets inside a URL are its password or query parameters, found on their own)
    if _KEY_FILE_NAME.fullmatch(value):
        return False  # "private_key": "ec-p256-private.pem": the file that holds the key, named in a fixture
    if _PRODUCT_KEY.fullmatch(value):
        return False  # "LicenseKey": "32Q6W-PQWTB-...": a product key unlocks features; it signs no one in
    if not password and value.isdigit():
        return False  # "mutation_token": "6824688191453546273": a number, an id or a counter, no key material
    if not password and ("123456789" in value or "987654321" in value):
        return False  # "HEADLESSREFRESHTOKEN123456789012...": a word and a counting run, typed for a test
    if not password and len(value) in (87, 88) and is_public_key(value):
        return False  # "vapid_key": "BDOU99-h67...": a web push server's P-256 point, a public key
    if not password and (_STAND_IN_WORD.search(value) or _base64_of_prose(value)):
        # "DUMMYACCESSKEYID0123", "aGVsbG8gd29ybGQgbXkgdG9rZW4gaXMgY29vbAo=" ("hello world my token is cool"): a
        # stand-in that says so, in the clear or in base64
        return False
    if not password and (
        (_CALL_OPENING.match(value) and not _DJANGO_SECRET_KEY.fullmatch(value))
        or hex_counts_up(value)
        or _made_up_signature_param(value)
    ):
        # pv_key = ECPrivateKey(0x...: a call where a literal was expected (the constructor, not a value);
        # secret = b'h:303132...': bytes counting up; sas_token="?sv=...&sig=abc123": a signature typed by hand
        return False
    if _BOLD_WORD_END.fullmatch(value):
        return False  # "the **EntroPy Password Generator**!": Markdown's bold closing after a word
    if (_NUMBER_PARAMETER.fullmatch(value) and before[-1:] not in "\"'") or value.startswith("!!"):
        # "generate-password length=16", "password: !!binary |": a parameter's setting unquoted, a YAML tag
        return False
    if _IMPORT_PATH.fullmatch(value) or _MIGRATION_NAME.fullmatch(value):
        return False  # "pkg.module:Class" (an entry point's target), "0004_auto_20171017_2013": names of code
    if not password and _spelled_sentence(value):
        return False  # "this.is.an.access.token.value.ffx83": a sentence with its spaces replaced, typed for a test
    if not password and (words_then_number := _WORDS_THEN_NUMBER.fullmatch(value.lower())):
        digits = words_then_number.group("digits")
        if (words_then_number.group("glued") is None or not is_gibberish(words_then_number.group("glued"))) and (
            len(digits) <= 8 or is_patterned(digits) or len(set(digits)) <= len(digits) // 3
        ):
            # "test-token-12345", "actos_sec_secret_key_999988887777": words and a counter or a digit pattern,
            # written by hand, no generated key material
            return False
    if not password and _MNEMONIC.fullmatch(value) and (words := value.split()) and len(words) in (12, 15, 18, 21, 24):
        # (the published test phrases repeat a word: Hardhat's "test test ... junk", BIP39's "abandon ... about")
        return ("mnemonic" in before.lower() or "phrase" in before.lower()) and len(set(words)) * 3 >= len(words) * 2
    if " " in value and (inner := _SETTING_IN_VALUE.fullmatch(value)) and _name_verdict(inner.group(1).lower())[0]:
        return False  # "dns_rfc2136_secret = VALUE" as a string's value: the inner setting is judged by its own name
    if (" " in value and not (password and is_passphrase(value))) or _PATHISH.match(value):
        if password or not (reads_as_random(value) or several_keys(value)):
            return False  # a sentence, a path; generated key material may hold a space or start with "/"
    if not password and _composite_id(value):
        return False  # account_key = "bridge:CREDIT:1000000002": a bridge, an account type and a number, an id
    if kind == "constant":
        if value.startswith("eyJ") and is_jwt_without_claims(value):
            return False  # b"eyJhbGciOiJIUzI1NiJ9.Zm9v...": a signing test vector beside a test's key
        if is_placeholder(value) or is_encrypted_value(value) or sequential_after_prefix(value) or is_patterned(value):
            # OPENAI_KEY=sk_live_XXXX..., encrypted.api.key=ENC(...), "key": "dmk_9F8A7B6C5D4E...": a stand-in, a
            # ciphertext, a test pattern after a format's prefix or throughout
            return False
        if (
            _SECRET_KEY_PREFIXED.fullmatch(value)
            and is_gibberish(value.rsplit("_", 1)[-1])
            and not sequential_after_prefix(value)
        ):
            return True  # static let revenueCatKey = "sk_...": key material by its own prefix
        if _PRIVATE_KEY_HEX.fullmatch(value) and not is_patterned(value[2:]) and not is_sequential(value[2:]):
            return True  # const DEPLOYER_KEY = "0x" + 64 hex digits: an Ethereum account's private key
        if _ACCESS_KEY_ID.fullmatch(value) and _ACCESS_KEY_NAME_BEFORE.search(before):
            return _issued_key_id(value, issued_length=len(value) == 20)  # Hadoop's fs.s3a.access.key VALUE
        if (
            _BARE_KEY_NAME.search(before)
            and _SECRET_LINE_AFTER.match(after)
            and value.isalnum()
            and 16 <= len(value) <= 40
            and any(char.isdigit() for char in value)
            and is_gibberish(value)
        ):
            return True  # an S3-compatible store's "key: ..." with its "secret: ..." on the next line: the access key
        if before.endswith(("?key=", "&key=")) and _HEX_API_KEY.fullmatch(value) and not is_patterned(value):
            return True  # "/status?key=887f...", Maps' "...&key=...": an API key in a request's query, in hex
        if (
            len(value) >= 32
            and value.isalpha()
            and not (value.islower() or value.isupper())
            and is_gibberish(value)
            and not _BARE_KEY_NAME.search(before)
        ):
            return True  # $config['crypt_key'] = 'NQMqPLff...': both cases of letters alone, as CS-Cart draws its key
        if (
            _ACCESS_KEY_NAME_BEFORE.search(before)
            and value.isalnum()
            and 16 <= len(value) <= 40
            and any(char.isdigit() for char in value)
            and not (value.isupper() or value.islower())
            and is_gibberish(value)
            and not (is_sequential(value) or is_patterned(value))
        ):
            return True  # s3.access.key = jaQtf88rl4igUkrDdThS, KeyId = ...: a self-hosted store's key id, both cases
        if _BARE_KEY_NAME.search(before) and not (_BASE64_KEY_MATERIAL.fullmatch(value) or _strewn_key(value)):
            # a bare "key" is an S3 object's or a map's as often: there only base64 of both cases counts, or one case
            # of letters with digits strewn through them (OctoPrint's "key: 9RWO41ZEEBMGQK8D...", RapidAPI's keys)
            return False
        if _ACCESS_KEY_ID.fullmatch(value):
            return _issued_key_id(value)
        if _KEY_ID_BEFORE.search(before):
            return False  # a key's id in any other shape: a KMS alias, a GPG fingerprint, a database row's id
        if _strewn_key(value) and (len(value) >= 32 or value.islower() or value.isupper()):
            # const KEY = '3n2u9dop70j8...', TILE_CACHE_PURGE_KEY = "lr98riwe3y51r7...": 24 or more of one case,
            # digits strewn through
            return not is_identifier_value(value)
        if (
            (_HEX_API_KEY.fullmatch(value) or _short_mixed_key(value))
            and (vendor := _VENDOR_KEY_NAME_BEFORE.search(before[-80:]))
            # (a camel-case name only before hex: "pagerKey: bdee..."; "projectKey: 'EWxh...'" ships in a bundle)
            and (vendor.group("name") or _HEX_API_KEY.fullmatch(value))
        ):
            # 'VIRUSTOTAL_KEY': '4467...', LOGDNA_INGESTION_KEY=...: a service's API key in hex, under the service's
            # name; BYBIT_KEY = '4DRJd0zD1wv0AYD2oZ': a service's short key of both cases and digits. Under a cipher's
            # or a test's name (AES_KEY, HMAC_KEY, TEST_KEY) either is a test vector as often
            words = set(re.split(r"[_-]", (vendor.group("name") or vendor.group("camel")).lower()))
            return not (is_patterned(value) or is_sequential(value) or words & _CIPHER_KEY_WORDS)
        if _BASE64_16_BYTES.fullmatch(value) and _SECURITY_KEY_NAME.search(before[-60:]):
            # Space Engineers' <RemoteSecurityKey>: 16 random bytes in base64, under a name that says it guards
            # access (a cipher's 16-byte key under AES_KEY is a test vector as often)
            return _MIXED_CASE_AND_DIGIT.match(value) is not None and is_gibberish(value)
        return (
            len(value) >= 32
            # (letters and digits alone: both cases and digits, as generators draw them)
            and (not value.isalnum() or _BASE64_KEY_MATERIAL.fullmatch(value) is not None)
            and "%" not in value  # s3_key=t5_2t5o6%2Ft2_4cixf%2F...: a URL-encoded path, not key material
            and reads_as_random(value)
            and not is_public_key(value)
            and not is_identifier_value(value)  # SCM_HOLDER_OF_KEY = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key"
        )
    entropy = 0.0 if password else entropy_if_at_least(value, 3.0)
    if not password and entropy < 3.0:
        return False
    if is_placeholder(value) or reads_from_elsewhere(value) or is_identifier_value(value) or is_public_key(value):
        return False
    if not password and len(value) >= 20 and value.isalpha() and len(set(value.lower())) <= 8:
        return False  # access_key = 'YTYHRSshtrsTRHSrsTHRSTrthSRThsr': a few letters mashed, no generator's output
    if (
        not password
        and len(value) >= 32
        and len(set(value.lower())) <= 12
        and not (_HEX_RUN.fullmatch(value) or value.islower() or value.isupper())
    ):
        # private_key='98dfg6df7g56df6gdfgdfg65JHJH656565GFGFGs': a few keys mashed (a generator's 32 characters
        # draw at least 15 different ones even from base32; hex has only 16 to draw from)
        return False
    if (
        len(value) <= 20
        and _SECRET_WORD_SPELLED.search(value.lower().translate(_LEET_LETTERS))
        and not (password and _PASSWORD_NAME.search(before[-40:].lower()))
    ):
        # client_secret = "Th1sIs5eCr3t", "abc_ThIsIsAsEcReT": the word "secret" in leetspeak or mixed case under a
        # secret's name, a test's stand-in (generated key material is longer, and a vendor's prefix is read by the
        # token formats first); under a password's name "P@ssw0rd" is a password, a weak one
        return False
    # (a passphrase is given to a cipher or a key derivation, never kept as its digest: OIDCCryptoPassphrase's hex; a
    # passkey is issued in hex: Folding@home's, a torrent tracker's)
    stored_digest = (
        password
        and stored_hashes
        and not before.rstrip("\"' \t:=").lower().endswith("passphrase")
        and "passkey" not in before[-24:].lower()
    )
    if is_password_hash(value, hex_digest=stored_digest) or is_encrypted_value(value):
        return False  # ADMIN_PASSWORD = "pbkdf2_sha256$...", ("secret", "$5$rounds=..."), "__encrypt__...": stored
    if cut_at_character_reference(value, after) or is_issue_reference(value):
        return False  # escaped HTML's "&#34;" cut at its ";"; "(refs: `#35232`)" in release notes
    token = _JWT_PREFIX.sub("", value) if "eyJ" in value else value  # EdgeDB's nbwt_<JWT>: a vendor's prefix
    if (
        not password
        and "eyJ" in token
        and (is_jwt_without_claims(token) or has_made_up_signature(token) or is_encoded_json_data(token))
    ):
        # token = "eyJ...eyJhIjoiYiJ9...": a JWT test vector, one malformed on purpose or signed "not-a-signature";
        # token = "eyJmb28iOiAiYmFyIn0=": base64 of JSON data, an opaque pagination token
        return False
    if not password and "4_request" in value and _CREDENTIAL_SCOPE.search(unquote(value)):
        return False  # X-Amz-Credential=AKIA.../20150620/us-east-1/s3/aws4_request: the key id's scope
    if not password and ("%2F" in value or "/" in value) and _SCOPE_FRAGMENT.fullmatch(unquote(value)):
        return (
            False  # "akid%2F20161107%2F" (a signed URL cut at a literal's end), "20210827/us-west-2/s3/aws4_request"
        )
    if "/" in value and _TEMPLATE_PATH.match(value):
        return False  # "{url_path}/v2.0/tokens", "${base}/auth": a URL or path built from a template's field
    if "[" in value and _SUBSCRIPT_PATH.fullmatch(value):
        return False  # "output_token": "Jobs[-1].JobId": a JMESPath or attribute path, code that finds a value
    if password and (_REGION.fullmatch(value) or _RATE_LIMIT.fullmatch(value) or _NAMESPACED_NAME.fullmatch(value)):
        return False  # 'us-west-2', "1/m/ip", "headless:account:reauthenticate": a region, a rate, a route's name
    if password and _FIELD_NAME_VALUE.fullmatch(value) and _NAMESPACED_KEY_BEFORE.search(before):
        # pyracf's "base:password": "racf:password": a table from one product's field names to another's (a
        # namespaced key's own value, "vnc:password": "testvncpass", is a password)
        return False
    if is_code_not_value(value, key_material=True):  # (a generated password holds "%i" by chance too)
        return False
    if is_non_credential_context(before, after):
        return False  # token_sha256 = "...", password_hash: "...": a hash under a secret's name
    if not password and (sequential_after_prefix(value) or is_patterned(value)):
        # a test pattern is no key material; under a password's name "12345678" is a (weak) password
        return False
    if not password and _BASE64_VALUE.fullmatch(value) and is_encoded_text(value):
        return False  # mac_secret_base64 = "c3VwZXIgZHVwZXIgc2VjcmV0": "super duper secret", encoded by hand
    if not password and base32_of_text(value):
        return False  # secret=JBSWY3DPK5XXE3DEJ5TE6QKUJA======: a TOTP example's "HelloWorldOfOATH" in base32
    if password and len(value) >= 24 and is_sequential(value):
        return False  # "AB1C2defGHijkLMNo3PqQRstUvwxyz...": the alphabet typed as a sample passphrase, no one's
    if password:
        return not _FIELD_VALUE.fullmatch(value)
    if is_hash_context(before, value) and not _SECRET_KEY_NAME_END.search(before[-80:]):
        return False  # (EspoCRM's 'hashSecretKey' => '...': the secret key a hash is keyed with, a key)
    if _ACCESS_KEY_NAME_BEFORE.search(before) and _ACCESS_KEY_ID.fullmatch(value):
        # access_key_id = 4TLRLHJEVOWX0BZ9OEGG: an access key's id under its name; twenty characters are the length
        # AWS, Wasabi and MinIO issue, random or not by the look of its letters
        return _issued_key_id(value, issued_length=len(value) == 20)
    # A key mixes character classes and reads as noise; a dotted.module.name or kebab-case-slug does not.
    has_digit = any(char.isdigit() for char in value)
    mixed_case = any(char.isupper() for char in value) and any(char.islower() for char in value)
    if has_digit and mixed_case and len(value) >= 20 and entropy >= 4.2:
        return True  # random letters of both cases and digits form word-like runs by chance; identifiers stay lower
    return ((has_digit or mixed_case) and (is_gibberish(value) or scattered_digits(value))) or random_one_case(value)
