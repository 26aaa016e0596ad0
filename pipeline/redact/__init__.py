"""``codelm redact``: emails, IP addresses, keys, tokens and passwords (and optionally names) in code.

``detectors.py`` holds codelm's own detectors, ``passwords.py`` the passwords no assignment names (command
lines, SQL, login and connect calls, auth pairs), ``secrets.py`` BigCode's detect-secrets setup,
``lookalikes.py`` what must survive (placeholders, env look-ups, hashes, versions),
``replace.py`` the placeholder and fake modes, ``ner.py`` optional Presidio names,
``redactor.py`` one string (``redact_text``), ``stage.py`` a shard folder, ``evaluate.py``
scores against a labelled set with BigCode's overlap rule.
"""

from codelm.pipeline.redact.detectors import TAGS, Finding
from codelm.pipeline.redact.redactor import RedactConfig, Redactor, redact_text
from codelm.pipeline.redact.stage import PII_TYPE, RedactStep, redact

__all__ = ["TAGS", "Finding", "PII_TYPE", "RedactConfig", "RedactStep", "Redactor", "redact", "redact_text"]
