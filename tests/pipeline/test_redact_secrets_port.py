"""codelm runs BigCode's detect-secrets plugins itself (pipeline/redact/secrets.py): their patterns, entropy limits,
outputs and BigCode's heuristic filters must be the installed package's, and the package must not be imported."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from codelm.pipeline.redact import secrets

detect_secrets = pytest.importorskip("detect_secrets")

RUN = [(module, name) for module, name in secrets.BIGCODE_PLUGINS if name not in secrets.COVERED_BY_CODELM]

LINES = [
    'artifactory = "AKCp5bueTFpfypEqQbGJPp7BHWnnrJJHrhNewnN6TZfwAVe3V2AFeFUjiUs6eWHRRMBxH2zfW"',
    "password: AP6xxxxxxxxxx AP6a1b2c3d4e5",
    'CLOUDANT_PASSWORD = "0d6d3f2a1b4c5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a"',
    "url = https://account:abcdefghijklmnopqrstuvwx@account.cloudant.com/db",
    'cl_api_key: "abcdefghijklmnopqrstuvwx"',
    'token = "MTE5ODk1NjUzNjY5MjY4NTg2MQ.GqBvEp.s2rnfQkDjvaH0aSAy0wmpSeKYh3W8qY6oiEXHs"',
    'ibm_cloud_iam_apikey = "abcd1234abcd1234abcd1234abcd1234abcd1234abcd"',
    'cos_hmac_secret_access_key = "0123456789abcdef0123456789abcdef0123456789abcdef"',
    "MAILCHIMP = 0123456789abcdef0123456789abcdef-us12",
    "//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789",
    "//npm.corp/:_authToken=01234567-89ab-cdef-0123-456789abcdef",
    "softlayer_api_key = 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "http://api.softlayer.com/soap/v3/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    """x = 'c2VjcmV0LWtleS0xMjM0NTY3ODkw' + "deadbeefcafebabe0123456789" + 'a-b_c+d/e=f'""",
    'id = "5f3c9a1b-2d4e-4f60-8a7b-9c0d1e2f3a4b"; user_id = "Zm9vYmFyYmF6cXV4MTIzNDU2"',
    "nothing to see here",
]


@pytest.mark.parametrize("module,name", RUN)
def test_patterns_and_limits_are_the_installed_plugins(module, name):
    plugin = getattr(importlib.import_module(f"detect_secrets.plugins.{module}"), name)()
    entropy_limit, patterns = secrets.PLUGIN_PATTERNS[name]
    theirs = getattr(plugin, "denylist", None) or [plugin.regex]
    assert [(pattern.pattern, pattern.flags) for pattern in theirs] == [
        (pattern.pattern, pattern.flags) for pattern in secrets.Plugin(name, entropy_limit, patterns).patterns
    ]
    assert getattr(plugin, "entropy_limit", None) == entropy_limit


def test_every_plugin_run_or_covered():
    assert set(secrets.PLUGIN_PATTERNS) == {name for _, name in RUN}
    assert list(secrets.PLUGIN_PATTERNS) == [name for _, name in RUN]  # BigCode's order


@pytest.mark.parametrize("module,name", RUN)
def test_outputs_are_the_installed_plugins(module, name):
    plugin = getattr(importlib.import_module(f"detect_secrets.plugins.{module}"), name)()
    ours = secrets.Plugin(name, *secrets.PLUGIN_PATTERNS[name])
    for line in LINES:
        assert ours.analyze_string(line) == list(plugin.analyze_string(line)), line


def test_heuristic_filters_are_bigcodes():
    from detect_secrets.filters import heuristic
    from detect_secrets.plugins.aws import AWSKeyDetector
    from detect_secrets.plugins.high_entropy_strings import Base64HighEntropyString

    values = [
        "5f3c9a1b-2d4e-4f60-8a7b-9c0d1e2f3a4b",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "0123456789ABCDEF",
        "1234567890",
        "{secret}",
        "<secret>",
        "${secret}",
        "$x",
        "",
        "Zm9vYmFyYmF6cXV4MTIzNDU2",
        "abcdefABCDEF",
    ]
    lines = ['user_id = "{}"', 'ids: "{}"', 'myid="{}"', 'key = "{}"', 'x_ids = ["{}"]']
    base64_plugin, aws_plugin = Base64HighEntropyString(), AWSKeyDetector()
    ours_base64 = secrets.Plugin("Base64HighEntropyString", *secrets.PLUGIN_PATTERNS["Base64HighEntropyString"])
    ours_regex = secrets.Plugin("ArtifactoryDetector", *secrets.PLUGIN_PATTERNS["ArtifactoryDetector"])
    for value in values:
        assert secrets.is_potential_uuid(value) == heuristic.is_potential_uuid(value)
        assert secrets.is_templated_secret(value) == heuristic.is_templated_secret(value)
        assert secrets.is_sequential_string(value) == heuristic.is_sequential_string(value)
        for line in lines:
            line = line.format(value)
            assert secrets.is_likely_id_string(value, line, ours_base64) == heuristic.is_likely_id_string(
                value, line, base64_plugin
            )
            assert secrets.is_likely_id_string(value, line, ours_regex) == heuristic.is_likely_id_string(
                value, line, aws_plugin
            )


def test_redact_never_imports_detect_secrets():
    code = (
        "import sys\n"
        "from codelm.pipeline.redact import Redactor\n"
        "text = 'x = \"Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo\"  # AKCp5bueTFpfypEqQbGJPp7B'\n"
        "found = Redactor().find(text, 'a.py')\n"
        "assert found, found\n"
        "print('detect_secrets' in sys.modules, 'requests' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]
