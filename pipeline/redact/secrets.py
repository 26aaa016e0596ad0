"""detect-secrets' plugins, the ones BigCode enabled for The Stack, with BigCode's filters.

detect-secrets scans a file line by line with every plugin, which is what makes it slow on
code: most lines hold nothing a plugin could match. Here the plugins only see the lines a
cheap prefilter picks: a quoted or assigned run of 12+ characters from ``[A-Za-z0-9+/=_.-]``
holding a digit, or of 20+ (Base64 entropy above 4.5 bits needs 23 distinct characters,
Artifactory's shortest token has 13, hex entropy above 3 bits needs 9 distinct digits and
letters), and lines holding a literal a format plugin needs (``AKC``, ``cloudant``, ``-us``...).

The plugins' patterns and BigCode's heuristic filters are carried here as detect-secrets 1.5 builds them
(``tests/pipeline/test_redact_secrets_port.py`` checks them against the installed package): importing the
package loads ``requests`` for its verifiers, 0.1 s of CPU in every ``codelm redact`` process, and its plugins
are generators over per-line regexes that codelm runs directly.
"""

from __future__ import annotations

import bisect
import re
import string

from codelm.pipeline.redact.detectors import (
    _BASE58_32_BYTES,
    _CHAIN_WORD,
    _CONTINUED_LITERAL,
    _JWT_PREFIX,
    _NOT_SECRET_NAME,
    _PUBLIC_NAME,
    _RANDOM_UUID,
    _SOLANA_WORD,
    _VALUE_NAME_BEFORE,
    CSP_BEFORE,
    KEY,
    PUBLIC_KEY_DER_HEADS,
    Finding,
    _base64_of_prose,
    algolia_search_key,
    challenge_token,
    is_patterned,
    matches_a_token_format,
    names_no_secret,
    says_it_stands_in,
    sequential_after_prefix,
    typed_by_hand,
)
from codelm.pipeline.redact.lexicon import DATA_KEY_WORDS
from codelm.pipeline.redact.lookalikes import (
    decodes_to_text,
    entropy_exceeds,
    hex_of_text,
    is_encoded_json_data,
    is_gibberish,
    is_hash_context,
    is_identifier_value,
    is_jwt_without_claims,
    is_non_credential_context,
    is_password_hash,
    is_placeholder,
    is_public_key,
    is_resource_path,
    names_a_credential,
    names_an_identifier,
)
from codelm.pipeline.redact.needles import find_needles, present_in_bytes

# BigCode's plugin list (bigcode-dataset pii/utils/keys_detection.py): keyword, basic-auth and
# private-key plugins were dropped there, and codelm's own detectors cover those cases.
BIGCODE_PLUGINS = (
    ("artifactory", "ArtifactoryDetector"),
    ("aws", "AWSKeyDetector"),
    ("high_entropy_strings", "Base64HighEntropyString"),
    ("high_entropy_strings", "HexHighEntropyString"),
    ("azure_storage_key", "AzureStorageKeyDetector"),
    ("cloudant", "CloudantDetector"),
    ("discord", "DiscordBotTokenDetector"),
    ("github_token", "GitHubTokenDetector"),
    ("ibm_cloud_iam", "IbmCloudIamDetector"),
    ("ibm_cos_hmac", "IbmCosHmacDetector"),
    ("jwt", "JwtTokenDetector"),
    ("mailchimp", "MailchimpDetector"),
    ("npm", "NpmDetector"),
    ("sendgrid", "SendGridDetector"),
    ("slack", "SlackDetector"),
    ("softlayer", "SoftlayerDetector"),
    ("stripe", "StripeDetector"),
    ("twilio", "TwilioKeyDetector"),
)
# Starts with a quote, "=" or ":": characters the engine can search for, unlike a bare letter class. Every
# plugin's value has 20+ such characters (entropy findings shorter than MIN_ENTROPY_CHARS are dropped, the
# format plugins' values are longer) except Artifactory's AP keys (11+), matched by their prefix.
# Possessive: spaces and quotes are no run characters, so giving them back never helps a match, and the engine
# need not try (a fifth faster on ordinary code).
_RUN = re.compile(r"""[=:'"`][ \t]{0,4}+["'`]?+(?:AP[\dA-F][a-zA-Z0-9]{8}|[A-Za-z0-9+/=_.-]{20})""")
# Plugins whose every match one of codelm's token formats matches too (AWS ids, Azure account keys, GitHub, JWT,
# SendGrid, Slack, Stripe and Twilio tokens are formats in detectors.py; AWS secret keys are found beside their id
# and under their names): where both match, codelm's finding wins the overlap, so running them only cost time.
COVERED_BY_CODELM = frozenset(
    {
        "AWSKeyDetector",
        "AzureStorageKeyDetector",
        "GitHubTokenDetector",
        "JwtTokenDetector",
        "SendGridDetector",
        "SlackDetector",
        "StripeDetector",
        "TwilioKeyDetector",
    }
)
# Literals of the plugins run whose secrets need no quotes or assignment.
NEEDLES = ("AKC", "cloudant", "_authToken", "softlayer", "-us")


def _assignment_regex(prefix: str, keyword: str, secret: str) -> tuple[str, int]:
    """detect-secrets' ``RegexBasedDetector.build_assignment_regex``: ``<prefix>(-|_|)<keyword> <assignment>
    <secret>`` with optional quotes and brackets, any case."""
    return (
        r'(?:(?<=\W)|(?<=^))(?:\[|)(?:"|\'|)' + prefix + r"(?:_|-|)" + keyword + r'(?:"|\'|)(?:\]|)(?: *)'
        r'(?:=|:|:=|=>| +|::)(?: *)(?:"|\'|)' + secret + r'(?:"|\'|)',
        re.IGNORECASE,
    )


_CLOUDANT = r"(?:cloudant|cl|clou)"
_CLOUDANT_KEYWORD = r"(?:api|)(?:key|pwd|pw|password|pass|token)"
_IBM_CLOUD_IAM = (
    r"(?:ibm(?:_|-|)cloud(?:_|-|)iam|cloud(?:_|-|)iam|ibm(?:_|-|)cloud|ibm(?:_|-|)iam|ibm|iam|cloud|)(?:_|-|)(?:api|)"
)
_KEY_OR_PASS = r"(?:key|pwd|password|pass|token)"
_BASE64_CHARSET = string.ascii_letters + string.digits + "+/" + "\\-_" + "="
# (plugin, entropy limit or None, [(pattern, flags)]) for every plugin run: each regex plugin reports what its
# patterns' findall yields (a tuple's non-empty groups), an entropy plugin the quoted run of its charset.
PLUGIN_PATTERNS: dict[str, tuple[float | None, list[tuple[str, int]]]] = {
    "ArtifactoryDetector": (
        None,
        [
            (r'(?:\s|=|:|"|^)AKC[a-zA-Z0-9]{10,}(?:\s|"|$)', 0),
            (r'(?:\s|=|:|"|^)AP[\dABCDEF][a-zA-Z0-9]{8,}(?:\s|"|$)', 0),
        ],
    ),
    "Base64HighEntropyString": (4.5, [(r'([\'"])([{}]+)(\1)'.format(re.escape(_BASE64_CHARSET)), 0)]),
    "HexHighEntropyString": (3.0, [(r'([\'"])([{}]+)(\1)'.format(re.escape(string.hexdigits)), 0)]),
    "CloudantDetector": (
        None,
        [
            _assignment_regex(_CLOUDANT, _CLOUDANT_KEYWORD, r"([0-9a-f]{64})"),
            _assignment_regex(_CLOUDANT, _CLOUDANT_KEYWORD, r"([a-z]{24})"),
            (r"(?:https?\:\/\/)[\w\-]+\:([0-9a-f]{64})\@[\w\-]+\.cloudant\.com", re.IGNORECASE),
            (r"(?:https?\:\/\/)[\w\-]+\:([a-z]{24})\@[\w\-]+\.cloudant\.com", re.IGNORECASE),
        ],
    ),
    "DiscordBotTokenDetector": (None, [(r"[MNO][a-zA-Z\d_-]{23,25}\.[a-zA-Z\d_-]{6}\.[a-zA-Z\d_-]{27}", 0)]),
    "IbmCloudIamDetector": (
        None,
        [_assignment_regex(_IBM_CLOUD_IAM, _KEY_OR_PASS, r"([a-zA-Z0-9_\-]{44}(?![a-zA-Z0-9_\-]))")],
    ),
    "IbmCosHmacDetector": (
        None,
        [
            _assignment_regex(
                r"(?:(?:ibm)?[-_]?cos[-_]?(?:hmac)?|)",
                r"(?:secret[-_]?(?:access)?[-_]?key)",
                r"([a-f0-9]{48}(?![a-f0-9]))",
            )
        ],
    ),
    "MailchimpDetector": (None, [(r"[0-9a-z]{32}-us[0-9]{1,2}", 0)]),
    "NpmDetector": (None, [(r"\/\/.+\/:_authToken=\s*((npm_.+)|([A-Fa-f0-9-]{36})).*", 0)]),
    "SoftlayerDetector": (
        None,
        [
            _assignment_regex(r"(?:softlayer|sl)(?:_|-|)(?:api|)", _KEY_OR_PASS, r"([a-z0-9]{64})"),
            (r"(?:http|https)://api.softlayer.com/soap/(?:v3|v3.1)/([a-z0-9]{64})", re.IGNORECASE),
        ],
    ),
}


class Plugin:
    """One detect-secrets plugin: its name, entropy limit (None for the format plugins) and compiled patterns."""

    def __init__(self, name: str, entropy_limit: float | None, patterns: list[tuple[str, int]]):
        self.name = name
        self.entropy_limit = entropy_limit
        self.source = f"detect_secrets.{name}"
        self.patterns = [re.compile(pattern, flags) for pattern, flags in patterns]

    def analyze_string(self, line: str) -> list[str]:
        """What the plugin's ``analyze_string`` yields for ``line``, in the same order."""
        values = []
        for pattern in self.patterns:
            for match in pattern.findall(line):
                if isinstance(match, tuple):
                    if self.entropy_limit is not None:
                        values.append(match[1])
                    else:
                        values += filter(bool, match)
                else:
                    values.append(match)
        return values


# BigCode's filters (detect_secrets.filters.heuristic).
_UUID = re.compile(r"[a-f0-9]{8}\-[a-f0-9]{4}\-[a-f0-9]{4}\-[a-f0-9]{4}\-[a-f0-9]{12}", re.IGNORECASE)
_ID_NAME = re.compile(r"(^(id|myid|userid)|_id)s?[^a-z0-9]", re.IGNORECASE)
# assertEqual(event["id"], "..."), assertEqual(event.id, "..."): an object's id compared with the expected one
_ID_COMPARED_BEFORE = re.compile(r"""(?:\.id|\[["']id["']\])[ \t]*,[ \t]*["']$""")
_SEQUENCES = (
    string.ascii_uppercase + string.ascii_uppercase + string.digits + "+/",
    string.digits + string.ascii_uppercase + string.ascii_uppercase + "+/",
    (string.digits + string.ascii_uppercase) * 2,
    string.digits * 2,
    string.hexdigits.upper() + string.hexdigits.upper(),
    string.ascii_uppercase + "=/",
)


def is_potential_uuid(secret: str) -> bool:
    return bool(_UUID.search(secret))


def is_likely_id_string(secret: str, line: str, plugin: Plugin | None = None) -> bool:
    """An entropy finding after an id's name on its line (``user_id = "..."``); format plugins' findings never."""
    index = line.find(secret)
    if index < 0:
        return False
    return (plugin is None or plugin.entropy_limit is not None) and bool(
        _ID_NAME.search(line, 0, index) or _ID_COMPARED_BEFORE.search(line, 0, index)
    )


def is_templated_secret(secret: str) -> bool:
    """``{secret}``, ``<secret>``, ``${secret}``."""
    try:
        return (
            (secret[0] == "{" and secret[-1] == "}")
            or (secret[0] == "<" and secret[-1] == ">")
            or (secret[0] == "$" and secret[1] == "{" and secret[-1] == "}")
        )
    except IndexError:
        return True


def is_sequential_string(secret: str) -> bool:
    uppercase = secret.upper()
    return any(uppercase in sequence for sequence in _SEQUENCES)


# Entropy findings shorter than this were test vectors and byte constants ("1234567890ABCDEF") in the
# standard library, while keys are longer (codelm's choice, on top of BigCode's filters).
MIN_ENTROPY_CHARS = 20
# Plugins whose regex has a capturing group report only that group (GitHubTokenDetector yields "ghp"),
# which is no secret to redact.
MIN_VALUE_CHARS = 8
# Per plugin, literals one of which every match of its regexes contains (read off each plugin's
# patterns): (case-sensitive literals, literals of the lower-cased line). A plugin whose literals are
# absent from a line cannot match it, so skipping it there loses nothing.
PLUGIN_GATES = {
    "ArtifactoryDetector": (("AKC", "AP"), ()),
    "AWSKeyDetector": (("A3T", "AKIA", "ASIA", "ABIA", "ACCA"), ("aws",)),
    "Base64HighEntropyString": (("'", '"'), ()),
    "HexHighEntropyString": (("'", '"'), ()),
    "AzureStorageKeyDetector": (("AccountKey=",), ()),
    "CloudantDetector": ((), ("cl",)),
    "DiscordBotTokenDetector": ((".",), ()),
    "GitHubTokenDetector": (("gh",), ()),
    "IbmCloudIamDetector": ((), ("key", "pwd", "pass", "token")),
    "IbmCosHmacDetector": ((), ("secret",)),
    "JwtTokenDetector": (("eyJ",), ()),
    "MailchimpDetector": (("-us",), ()),
    "NpmDetector": (("_authToken",), ()),
    "SendGridDetector": (("SG.",), ()),
    "SlackDetector": ((), ("xox", "hooks.slack.com")),
    "SoftlayerDetector": ((), ("softlayer", "sl")),
    "StripeDetector": (("k_live_",), ()),
    "TwilioKeyDetector": (("AC", "SK"), ()),
}
_PASSWORD_WORD = re.compile(r"(?i)pass|pwd")
# detect-secrets' per-line regexes on a minified megabyte-long line would only see noise; codelm's
# own detectors still scan such lines.
MAX_LINE_CHARS = 4096


def candidate_lines(
    text: str, hits: dict[str, list[int]] | None = None, covered: list[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """(start, end) of each line holding something a detect-secrets plugin could match, in order.

    ``hits`` is ``find_needles(text, ...)`` over ``NEEDLES`` when the caller has it. ``covered``: sorted, disjoint
    spans codelm's own detectors already found; a run or literal inside one picks no line, since a plugin's
    finding there would lose to codelm's (in a secret-dense file most candidate lines hold only such values).
    """
    if hits is None:
        hits = find_needles(text, NEEDLES)
    covered_starts = [start for start, _ in covered]

    def covering(position: int) -> int:
        """The end of the covered span holding ``position``, or -1."""
        index = bisect.bisect_right(covered_starts, position) - 1
        return covered[index][1] if index >= 0 and position < covered[index][1] else -1

    positions = sorted(position for needle in NEEDLES for position in hits.get(needle, ()))
    starts = set()
    # One search per picked line: the next search starts after the line, so a 5 MB minified line with
    # hundreds of thousands of runs costs one match.
    run = _RUN.search(text)
    while run is not None:
        if covered and (covered_end := covering(run.end() - 1)) >= 0:
            run = _RUN.search(text, covered_end)
            continue
        line_start = text.rfind("\n", 0, run.start()) + 1
        starts.add(line_start)
        line_end = text.find("\n", run.end())
        if line_end < 0:
            break
        run = _RUN.search(text, line_end + 1)
    line_end = -1
    for position in positions:
        if position <= line_end or (covered and covering(position) >= 0):
            continue
        starts.add(text.rfind("\n", 0, position) + 1)
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
    lines = []
    for line_start in sorted(starts):
        line_end = text.find("\n", line_start)
        lines.append((line_start, len(text) if line_end < 0 else line_end))
    return lines


class DetectSecrets:
    """BigCode's detect-secrets setup over the candidate lines of a text."""

    def __init__(self):
        self.plugins: list[Plugin] = []
        gates: dict[str, set[int]] = {}
        lowered_gates: dict[str, set[int]] = {}
        for name, (entropy_limit, patterns) in PLUGIN_PATTERNS.items():
            index = len(self.plugins)
            self.plugins.append(Plugin(name, entropy_limit, patterns))
            if name == "HexHighEntropyString":
                self._hex_plugin = self.plugins[-1]
            needles, lowered_needles = PLUGIN_GATES[name]
            for needle in needles:
                gates.setdefault(needle, set()).add(index)
            for needle in lowered_needles:
                lowered_gates.setdefault(needle, set()).add(index)
        # Which plugins a line's literals open, found with one automaton pass per line and case instead of
        # 18 plugins' worth of substring tests.
        self._gates, self._gate_needles = gates, tuple(gates)
        self._lowered_gates, self._lowered_gate_needles = lowered_gates, tuple(lowered_gates)

    def _plugins_for(self, line: bytes, lowered_line: bytes) -> list[int]:
        """The plugins a line's literals open; the line as ASCII bytes and lower-cased (see ``find``)."""
        opened: set[int] = set()
        for needle in present_in_bytes(line, self._gate_needles):
            opened |= self._gates[needle]
        for needle in present_in_bytes(lowered_line, self._lowered_gate_needles):
            opened |= self._lowered_gates[needle]
        return sorted(opened)

    def find(
        self,
        text: str,
        hits: dict[str, list[int]] | None = None,
        covered: list[tuple[int, int]] = (),
        data: bytes | None = None,
        lowered: bytes | None = None,
    ) -> list[Finding]:
        """``covered``: sorted, disjoint (start, end) spans of what codelm's own detectors already found, which the
        plugins need not judge again (overlaps would resolve to codelm's finding anyway). ``data`` is
        ``text.encode("ascii", "replace")`` and ``lowered`` its lower case when the caller has them (one byte per
        character, so offsets agree with ``text``'s)."""
        if data is None:
            data = text.encode("ascii", "replace")
        if lowered is None:
            lowered = data.lower()
        findings = []
        covered_starts = {start for start, _ in covered}
        # BigCode skips every entropy finding of a file that mentions sha/hash on more than 2% of its lines.
        hashy_file = None
        for line_start, line_end in candidate_lines(text, hits, covered):
            if line_end - line_start > MAX_LINE_CHARS:
                continue
            line = text[line_start:line_end]
            for index in self._plugins_for(data[line_start:line_end], lowered[line_start:line_end]):
                plugin = self.plugins[index]
                entropy_limit = plugin.entropy_limit
                for value in plugin.analyze_string(line):
                    if len(value) < (MIN_VALUE_CHARS if entropy_limit is None else MIN_ENTROPY_CHARS):
                        continue
                    offset = line.find(value)
                    start = line_start + offset
                    if offset < 0 or start in covered_starts:
                        continue
                    if entropy_limit is not None and (
                        value.isdigit()  # long decimal literals (test_strtod) are numbers, not hex keys
                        or not entropy_exceeds(value, entropy_limit)  # the plugin's formula, counted in C
                    ):
                        continue
                    if self._filtered(value, line, line[:offset], plugin):
                        continue
                    if plugin.name == "TwilioKeyDetector" and value.startswith("AC"):
                        continue  # an Account SID: the account's user name; its auth token is the secret
                    end = start + len(value)
                    if text[end : end + 1] in ("'", '"') and _CONTINUED_LITERAL.match(text, end + 1):
                        continue  # "access_token": "CM-gc..."\n "PYKB...": the first adjacent literal, a part only
                    if entropy_limit is not None and not self._credential_by_context(text, start, value, plugin):
                        continue
                    if entropy_limit is None and not _bounded(line, offset, offset + len(value)):
                        continue  # xAKIA...: part of a longer word, as codelm's own token detectors require
                    if (
                        entropy_limit is None
                        and (
                            typed_by_hand(value)
                            or _SNAKE_WORDS.fullmatch(value)
                            or _CAMEL_WORDS.fullmatch(name := value.strip("\"' \t"))
                            or (
                                len(name) <= 40
                                and _CAMEL_WORDS_BRIEF.fullmatch(name)
                                and len(_WORD_CHUNK.findall(name)) >= 2
                            )
                            or (len(name) <= 24 and name.isalpha() and name.isupper())
                            or (value.startswith("npm_") and len(value.rstrip()) < 40)
                            # (a Solana address in Artifactory's "AP" shape, named an address on its line)
                            or (_BASE58_32_BYTES.fullmatch(name) and _CHAIN_WORD.search(line[:offset]))
                        )
                    ):
                        # key = "test_create_json_meta_with_invalid_parameter", "APAccountRef", "APExRateInterim",
                        # "APENASMAISUMYAOI" (names in Artifactory's AP shape: words, or capitals without a digit),
                        # whatever their shape; "npm_abc": shorter than npm's 36 characters after its prefix
                        continue
                    if entropy_limit is not None:
                        if hashy_file is None:
                            hashy_file = _file_has_hashes(text)
                        if (hashy_file and not _named_a_secret(line[:offset])) or not is_gibberish(value):
                            # (in a file about hashes a value's own name must say secret, token, auth or password:
                            # ERROR_TRACKER_AUTH: "<64 hex>" beside an image's @sha256: digest)
                            continue
                    findings.append(Finding(start, start + len(value), KEY, plugin.source))
        return findings + self._stated_hex(text, data, covered_starts)

    def _stated_hex(self, text: str, data: bytes, covered_starts: set[int]) -> list[Finding]:
        """Hex key material left unquoted after a key's, secret's or token's word: a log's "verifying signature with
        secret 20c6...", a note's "(queue key f29d...)", "the booking API key again, it's b739...", a random UUID
        right after the word ("Cloud: region eu, key 6f1c..."). detect-secrets judges quoted strings only; the same
        checks judge these (a UUID, hash, nonce or id word nearer the value, a signing key, a file about hashes, a
        patterned value keep it)."""
        found = []
        hashy_file = None
        for start, end, uuid in _bare_hex_values(text, data):
            if start in covered_starts:
                continue
            value = text[start:end]
            if not uuid and not entropy_exceeds(value, 3.0):
                continue
            line_before = text[text.rfind("\n", max(0, start - 400), start) + 1 : start]
            if line_before.endswith("@") and _PINNED_REVISION.search(line_before):
                continue  # "uses: actions/create-github-app-token@64ab72...": an action pinned to its commit
            stated = None
            for stated in _STATED_KEY_WORD.finditer(line_before, max(0, len(line_before) - (40 if uuid else 80))):
                pass
            if stated is None or _NOT_THE_KEY_AFTER.search(line_before, stated.end()):
                continue  # "(machine id 72fa...)" after a key: an id nearer the value
            if uuid and (
                stated.group().lower() == "token" or not _RIGHT_AFTER_THE_WORD.fullmatch(line_before, stated.end())
            ):
                # "key rotated, job 6f1c...", "--lock-token 4685...": ids are UUIDs too, and tokens named so are
                # often ids (a lock's, a lifecycle action's); only a key or secret given straight after its word
                continue
            word = _WORD_BEFORE_KEY.search(line_before, 0, stated.start())
            if word is not None and (
                word.group(1).lower() in DATA_KEY_WORDS
                or _NOT_SECRET_NAME.search(named := word.group(1).lower() + "_key")
                or _PUBLIC_NAME.search(named)
            ):
                continue  # "the cache key is 5d41...", "The Primary key 5d41...", "the public key 5d41...": no secret
            if not uuid and self._filtered(value, line_before, line_before, self._hex_plugin):
                continue
            if is_patterned(value) or _SIGNING_WORD.search(line_before):
                continue
            if not self._credential_by_context(text, start, value, self._hex_plugin):
                continue
            if hashy_file is None:
                hashy_file = _file_has_hashes(text)
            if hashy_file:
                break
            found.append(Finding(start, end, KEY, "stated_hex"))
        return found

    def _credential_by_context(self, text: str, start: int, value: str, plugin) -> bool:
        """An entropy finding is a credential by its name and neighbourhood, never by its entropy alone: never
        under a UUID, hash, checksum, integrity, ETag, nonce or digest name (uuid.UUID("..."), integrity=
        "sha384-...", digest-auth fields), and only under a key, secret, token, password or auth name. Random
        strings without one are mostly slices of certificates, public keys, encrypted blobs and test vectors (89
        of the third audit's 108 false KEY detections, 9 of its 98 entropy findings credentials)."""
        before = text[max(0, start - 400) : start]
        after = text[start + len(value) : start + len(value) + 400]
        if is_non_credential_context(before, after) or challenge_token(before):
            return False
        if CSP_BEFORE.search(before):
            return False  # a CSP report-uri's or a Cloudflare beacon's browser token: public by design
        if (
            sequential_after_prefix(value)
            or is_patterned(value)
            or says_it_stands_in(value)
            or "publishable" in value
            or matches_a_token_format(value)
        ):
            # "AbCdEf0123456789AbCdEf0123456789", "github_pat_11ABCDEFG0123456789_abcdef", "fake_token_Xq81...":
            # typed by hand; "sb_publishable_...": a key published by design; "ghp_A1b2...j0secretK1l2...": a
            # token format's shape, which that format's own checks judged already
            return False
        line_before = before[before.rfind("\n") + 1 :]
        if names_an_identifier(line_before) or is_resource_path(value) or is_public_key(value):
            return False  # "id": "sNvj...", ARN-like paths, public keys and certificates
        if _ADDRESS_CALL_BEFORE.search(line_before):
            # GetAssociatedTokenAddress(addr, "EPjF..."), Pubkey.from_string("metaqb..."): a token mint's or a
            # program's address, public by design
            return False
        if _BASE58_32_BYTES.fullmatch(value) and (
            _CHAIN_WORD.search(line_before + after.split("\n", 1)[0])
            or _SOLANA_WORD.search(after.split("\n\n", 1)[0][:400])
            or _SOLANA_WORD.search(text, max(0, start - 300), start)
        ):
            # _token("MICHI", "5mbK36SZ...", chain_id=501000101), token_info.address == "5mbK...": a Solana account's
            # or token mint's address (32 bytes in base58), public by design, named by its chain on the line or by
            # the fields that follow it ("inputMint")
            return False
        if names_no_secret(line_before):
            return False  # "public_key": "49d0...", cache_key = "793d...": a secret's word in a name that is none
        if (name := _VALUE_NAME_BEFORE.search(line_before[-120:])) and algolia_search_key(
            text, start, start + len(value), name.group(1).rsplit(".", 1)[-1]
        ):
            return False  # apiKey: '<32 hex>' beside an Algolia application's id in a search's settings: published
        if plugin.name == "Base64HighEntropyString" and (decodes_to_text(value) or _base64_of_prose(value)):
            return False  # base64 of a banner or a message (EC2's PasswordData fixture): encoded text, not a key
        token = _JWT_PREFIX.sub("", value)
        if token.startswith("eyJ") and (is_jwt_without_claims(token) or is_encoded_json_data(token)):
            return False  # nbwt_eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9: a JWT's header alone, data and no claim
        if plugin.name == "HexHighEntropyString" and _gpg_key_id(text, start, value, line_before):
            return False
        if plugin.name == "HexHighEntropyString" and (hex_of_text(value) or _LOOKUP_CALL_BEFORE.search(line_before)):
            # a2b_hex("cebae...") of a codec's test text; svc_account_token_delete("9bfb..."): the token's id, given
            # to a getter or a deleter
            return False
        if plugin.name == "HexHighEntropyString" and (
            _HEX_BLOB_BEFORE.search(before) or _HEX_BLOB_AFTER.match(after) or _in_hex_blob(text, start, value)
        ):
            # a binary message spelled in hex (a protocol test's fixture), in one long literal or several adjacent
            # ones: no key is longer than 128 bytes
            return False
        if is_password_hash(value, hex_digest=bool(_PASSWORD_WORD.search(line_before[-80:]))):
            return False  # "password": "0192023a...": the hash an application stores, not the password
        return names_a_credential(line_before, after)

    def _filtered(self, value: str, line: str, before: str, plugin) -> bool:
        """BigCode's filters: UUIDs, ID-like strings, templated and sequential strings, hashes."""
        return (
            is_potential_uuid(value)
            or is_likely_id_string(value, line, plugin)
            or is_templated_secret(value)
            or is_sequential_string(value)
            or is_hash_context(before[-200:], value)
            or is_placeholder(value)
            or is_identifier_value(value)
            or "=" in value.rstrip("=")  # Name=value: two tokens, not one base64 string
            or value.startswith(PUBLIC_KEY_DER_HEADS)  # "MIIBIjANBgkqhkiG9w0BAQEFAAOC...": a public key's DER
        )


# A hex literal continued from the line before, or onto the next: b"6270...6e"\n    b"b337..."
_HEX_BLOB_BEFORE = re.compile(r"""[0-9a-fA-F]{16}["']\s*\\?\r?\n[ \t]*[bB]?["']$""")
_HEX_BLOB_AFTER = re.compile(r"""["']\s*\\?\r?\n[ \t]*[bB]?["'][0-9a-fA-F]{16}""")
_ADDRESS_CALL_BEFORE = re.compile(r"""(?i)(?:addr(?:ess)?|pub(?:lic)?_?key)[\w.]*\([^()]{0,80}[rbuf]?["']$""")
# Hex key material standing alone: 32 to 64 digits, not inside a word, a path, a URL or a quoted string
_HEX_MARKS = bytes(ord("h") if chr(byte) in string.hexdigits else ord(".") for byte in range(256))
_HEX_RUN_MARK = b"h" * 32
_UUID_MARK = b"hhhhhhhh.hhhh.hhhh.hhhh.hhhhhhhhhhhh"
_UUID_LAST_GROUP_MARK = b"h" * 12
_BEFORE_BARE_HEX = frozenset(string.ascii_letters + string.digits + "_/.=:'\"$#%+-")
_AFTER_BARE_HEX = frozenset(string.ascii_letters + string.digits + "_/.'\"-")
# A repository's path and "@" before a commit's hash: a pinned action, a Go module's or a pip requirement's revision
_PINNED_REVISION = re.compile(r"[\w.-]+/[\w./-]*@$")
_STATED_KEY_WORD = re.compile(r"(?i)\b(?:key|secret|token)\b")
# what may stand between a key's word and a UUID it gives: punctuation, a copula, the service in brackets
_RIGHT_AFTER_THE_WORD = re.compile(r"[ \t]*(?:\([^()\n]{1,24}\))?[ \t]*(?:[:=]|is|was)?[ \t]*[`'\"]?")
_WORD_BEFORE_KEY = re.compile(r"([A-Za-z]+)[ \t_-]*$")
_NOT_THE_KEY_AFTER = re.compile(r"(?i)\b(?:id|uid|ids|fingerprint|hash|digest|sha\w*|md5|commit|nonce|salt|iv)\b")
# "signed by release key 7E56...": a signing key's fingerprint, named by what it signs
_SIGNING_WORD = re.compile(r"(?i)\bsign(?:ed|ing|s)?\b|gpg|pgp")
_LOOKUP_CALL_BEFORE = re.compile(
    r"""(?i)(?:^|[^a-z])(?:get|delete|revoke|remove|fetch|find|lookup)(?:_?one)?\([ \t]*[rbuf]?["']$"""
)
_SNAKE_WORDS = re.compile(r"[a-z]+(?:_[a-z0-9]+){2,}")
_CAMEL_WORDS = re.compile(r"(?:[A-Z]+[a-z]{2,})+")
_CAMEL_WORDS_BRIEF = re.compile(r"(?:[A-Z]+[a-z]+)+")
_WORD_CHUNK = re.compile(r"[A-Z][a-z]{2,}")
# A GPG key's id or fingerprint (8, 16 or 40 hex digits) in code about GPG keys, under no secret's name
_GPG_WORDS = re.compile(r"gpg|pgp|gnupg|keyid|key id|fingerprint|keyserver", re.IGNORECASE)
_SECRET_WORD = re.compile(r"secret|token|passw|api|auth|private", re.IGNORECASE)


def _gpg_key_id(text: str, start: int, value: str, line_before: str) -> bool:
    """key = "F557D0FF451DEF45372591429EA70BD13D883381" in GPG's tests, "GPG key 'e8ac...' created on ...": which
    public key, by its id or fingerprint, not a secret."""
    if len(value) not in (8, 16, 40) or _SECRET_WORD.search(line_before):
        return False
    return bool(_GPG_WORDS.search(text, max(0, start - 1500), start + 500))


_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _in_hex_blob(text: str, start: int, value: str) -> bool:
    """The hex run holding ``value`` is longer than 256 digits (128 bytes)."""
    left = len(_HEX_RUN.match(text[max(0, start - _HEX_BLOB_DIGITS) : start][::-1]).group())
    right = len(_HEX_RUN.match(text, start + len(value), start + len(value) + _HEX_BLOB_DIGITS).group())
    return left + len(value) + right > _HEX_BLOB_DIGITS


_HEX_RUN = re.compile(r"[0-9a-fA-F]*")
_HEX_BLOB_DIGITS = 256


def _bounded(line: str, start: int, end: int) -> bool:
    """Not part of a longer word, nor of a longer base64 run ("...X4J4+4ADbxV...": a public key's middle)."""
    if end + 1 < len(line) and line[end] in "+/" and line[end + 1] in _WORD:
        return False
    return (start == 0 or line[start - 1] not in _WORD) and (end == len(line) or line[end] not in _WORD)


def _named_a_secret(line_before: str) -> bool:
    """The value's own name (``NAME: "``, ``name = '``) ends in a word that says secret, token, auth or password."""
    name = _VALUE_NAME_BEFORE.search(line_before[-120:])
    return name is not None and _SECRET_NAME_END.search(name.group(1)) is not None


_SECRET_NAME_END = re.compile(r"(?i)(?:secret|token|auth|passw(?:or)?d|api_?key|private_?key)$")


def _file_has_hashes(text: str, share: float = 0.02) -> bool:
    """BigCode's test: "sha" or "hash" on more than 2% of the lines. "sha" counts as a digest's name (sha256,
    SHA-1, commit_sha, sha:), not inside a word: in a 40-line file one "shared", "shadow" or "/Users/shack/" would
    otherwise take every key of the file with it."""
    lowered = text.lower()
    threshold = int(share * text.count("\n"))
    if lowered.count("hash") > threshold:
        return True
    return lowered.count("sha") > threshold and len(_DIGEST_SHA.findall(lowered)) > threshold


_DIGEST_SHA = re.compile(r"sha(?![a-z])")


def _bare_hex_values(text: str, data: bytes):
    """(start, end, is_uuid) of each run of 32 to 64 hex digits and each random (version 4) UUID standing alone: not
    inside a word, a path, a URL or a quoted string. Found by byte searches over the text with every hex digit mapped
    to "h" (a regex tried at every position cost a third of redact's time on ordinary code); a UUID by its last group
    of twelve (a search for the whole UUID's mark, dots and all, cost six times as much)."""
    marked = data.translate(_HEX_MARKS)
    for mark, uuid in ((_HEX_RUN_MARK, False), (_UUID_LAST_GROUP_MARK, True)):
        position = marked.find(mark)
        while position >= 0:
            start = position - 24 if uuid else position
            end = marked.find(b".", position)
            end = len(text) if end < 0 else end
            position = marked.find(mark, end)
            if uuid:
                if start < 0 or marked[start:end] != _UUID_MARK or not _RANDOM_UUID.fullmatch(text, start, end):
                    continue
            elif end - start > 64:
                continue
            if start > 0 and text[start - 1] in _BEFORE_BARE_HEX:
                continue
            if end < len(text) and text[end] in _AFTER_BARE_HEX:
                continue
            yield start, end, uuid
