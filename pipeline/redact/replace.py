"""What replaces a detected value: a tag placeholder, or a deterministic fake of the same shape."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import random
import re
import string

from codelm.pipeline.redact.detectors import Finding

PLACEHOLDERS = {
    "EMAIL": "<EMAIL>",
    "IP_ADDRESS": "<IP_ADDRESS>",
    "KEY": "<KEY>",
    "PASSWORD": "<PASSWORD>",
    "NAME": "<NAME>",
}
MODES = ("placeholder", "fake")
# Prefixes that say which service a token belongs to; a fake keeps them so it still reads as that kind of key.
_TOKEN_PREFIX = re.compile(
    r"^(?:github_pat_|gh[pousr]_|gl[a-z]{1,4}-|xox[a-z]-|[sr]k_(?:live|test)_|sk-(?:proj-|svcacct-|admin-)?|AIza|"
    r"SG\.|npm_|pypi-AgEIcHlwaS5vcmc|hf_|AKIA|ASIA|eyJ|SK|AC)"
)
_FAKE_NAMES = ("Alex Morgan", "Sam Taylor", "Jordan Lee", "Casey Kim", "Robin Park", "Jamie Fox", "Drew Lane")


class Replacer:
    """Chooses the text that replaces each finding of one document.

    A fake depends on (seed, document, tag, the order in which distinct values first appear), never
    on the value itself: with a public seed, a fake derived from the value would let anyone test
    guesses ("is the password hunter2?") against the output. The same value gets the same fake
    throughout the document, and reruns with the same seed write the same output.
    """

    def __init__(self, mode: str = "placeholder", seed: int = 0, document_key: str = ""):
        self.mode = mode
        self.seed = seed
        self.document_key = document_key
        self._fakes: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def replacement(self, finding: Finding, value: str) -> str:
        if self.mode == "placeholder":
            return PLACEHOLDERS[finding.tag]
        key = (finding.tag, value)
        if key not in self._fakes:
            ordinal = self._counts.get(finding.tag, 0)
            self._counts[finding.tag] = ordinal + 1
            digest = hashlib.blake2b(
                f"{self.seed}\0{self.document_key}\0{finding.tag}\0{ordinal}".encode(), digest_size=16
            ).digest()
            self._fakes[key] = _fake(finding.tag, value, random.Random(digest))
        return self._fakes[key]


def _fake(tag: str, value: str, rng: random.Random) -> str:
    if tag == "EMAIL":
        return "".join(rng.choices(string.ascii_lowercase, k=8)) + "@example.com"
    if tag == "IP_ADDRESS":
        return _private_ip(value, rng)
    if tag == "NAME":
        return rng.choice(_FAKE_NAMES)
    prefix = _TOKEN_PREFIX.match(value) if tag == "KEY" else None
    kept = prefix.group(0) if prefix else ""
    return kept + _same_shape(value[len(kept) :], rng)


def keyed_hash(value: str, key: bytes) -> str:
    """HMAC-SHA256 of a value, 16 hex digits: lets users count and join repeats without the value."""
    return hmac.new(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:16]


def _same_shape(value: str, rng: random.Random) -> str:
    """Random characters of the same classes in the same places (line breaks and punctuation kept)."""
    out = []
    for char in value:
        if char in string.ascii_lowercase:
            out.append(rng.choice(string.ascii_lowercase))
        elif char in string.ascii_uppercase:
            out.append(rng.choice(string.ascii_uppercase))
        elif char in string.digits:
            out.append(rng.choice(string.digits))
        else:
            out.append(char)
    return "".join(out)


def _private_ip(value: str, rng: random.Random) -> str:
    if ":" in value:
        # fd00::/8: unique local addresses, IPv6's private range
        groups = [f"fd{rng.randrange(256):02x}"] + [f"{rng.randrange(65536):x}" for _ in range(7)]
        return str(ipaddress.IPv6Address(":".join(groups)))
    network = rng.randrange(3)
    if network == 0:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if network == 1:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
