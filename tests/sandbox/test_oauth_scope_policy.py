"""What each tenant grants from a requested scope string (no server needed)."""

from __future__ import annotations

import pytest
from authlib.oauth2.rfc6749 import InvalidScopeError

from sandbox.oauth.scope_policy import apply_user_choice, grantable_scopes, wants_refresh_token
from sandbox.tenants import TENANTS


def test_plain_grants_every_valid_scope_in_request_order():
    requested = "launch openid fhirUser patient/*.read patient/Observation.rs?category=vital-signs"
    assert grantable_scopes(requested, TENANTS["plain"]) == requested.split()


def test_v1_tenant_drops_v2_syntax_but_keeps_v1():
    requested = "launch/patient patient/Condition.read patient/Observation.rs user/Patient.cruds"
    assert grantable_scopes(requested, TENANTS["epic-v1"]) == [
        "launch/patient",
        "patient/Condition.read",
    ]


def test_cerner_never_grants_wildcards_or_coverage():
    requested = "patient/*.read patient/Coverage.rs patient/Condition.rs user/*.rs"
    assert grantable_scopes(requested, TENANTS["cerner"]) == ["patient/Condition.rs"]


def test_system_and_unknown_scopes_are_dropped_not_refused():
    requested = "system/Patient.rs made-up-scope patient/Patient.rs patient/Patient.rs"
    assert grantable_scopes(requested, TENANTS["plain"]) == ["patient/Patient.rs"]


@pytest.mark.parametrize("bad", ["patient/Observation.xyz", "patient/Observation.sr"])
def test_malformed_resource_scope_is_invalid_scope(bad):
    with pytest.raises(InvalidScopeError):
        grantable_scopes(f"launch {bad}", TENANTS["plain"])


def test_user_choice_cannot_add_scopes():
    grantable = ["launch/patient", "patient/Patient.rs"]
    ticked = ["patient/Patient.rs", "user/*.cruds"]
    assert apply_user_choice(grantable, ticked) == ["patient/Patient.rs"]


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ("openid offline_access", True),
        ("online_access", True),
        ("openid launch", False),
        (None, False),
    ],
)
def test_refresh_tokens_only_for_offline_or_online_access(scope, expected):
    assert wants_refresh_token(scope) is expected
