"""launch.json validation names the bad field; asymmetric client keys load from JWKS or PEM files,
are generated once on first use where allowed, and only public members are served; the cookie
mode is one validated setting."""

from __future__ import annotations

import copy
import json
import stat

import pytest
from joserfc import jwt
from joserfc.jwk import ECKey, KeySet, RSAKey

from smartapp import PROJECT_ROOT, create_app
from smartapp.errors import ConfigError, FatalFhirError
from smartapp.launch import fhir_client_for
from smartapp.launch.client_auth import SmartPrivateKeyJWT
from smartapp.launch.keys import client_key, key_path
from smartapp.launch.registry import load_registry, parse_registry
from smartapp.models import AppSession

SANDBOX = "http://127.0.0.1:9090"
BASE = {
    "id": "ehr",
    "display_name": "An EHR",
    "iss": "https://ehr.example/fhir",
    "client_id": "app",
    "client_type": "public",
    "vendor": "epic",
    "redirect_path": "/launch/callback",
}
ASYMMETRIC = {**BASE, "client_type": "confidential-asymmetric", "private_key_file": "k.json"}


def registry_of(*entries):
    return parse_registry({"servers": list(entries)}, SANDBOX)


def test_the_shipped_launch_json_is_valid():
    servers = load_registry(PROJECT_ROOT / "launch.json", SANDBOX)
    kinds = {server.client_type for server in servers.values()}
    assert kinds == {"public", "confidential-symmetric", "confidential-asymmetric"}
    assert {"epic-sandbox", "oracle-health-sandbox", "smart-launcher"} <= set(servers)
    # Oracle Health notes point at Binaries on another host than the tenant's iss.
    assert servers["oracle-health-sandbox"].binary_hosts == ("fhir-ehr.cerner.com",)
    text = (PROJECT_ROOT / "launch.json").read_text()
    assert 'client_secret"' not in text and 'private_key"' not in text


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"iss": ""}, "'iss'"),
        ({"iss": "http://ehr.example/fhir"}, "'iss' must be https"),
        ({"client_type": "secret"}, "'client_type' must be one of"),
        ({"vendor": "acme"}, "'vendor' must be one of"),
        ({"redirect_path": "launch/callback"}, "'redirect_path' must start with /"),
        ({"scopes": {"access": "forever"}}, "'scopes.access'"),
        ({"client_secret": "s3cret"}, "has 'client_secret'"),
        ({"private_key": "-----BEGIN"}, "has 'private_key'"),
        ({"client_type": "confidential-symmetric"}, "needs 'client_secret_env'"),
        ({"client_type": "confidential-asymmetric"}, "'private_key_file'"),
        ({**ASYMMETRIC, "jwt_alg": "RS256"}, "'jwt_alg' must be one of RS384, ES384"),
        ({**ASYMMETRIC, "generate_key": "yes"}, "'generate_key' must be true or false"),
        ({"binary_hosts": "fhir-ehr.cerner.com"}, "'binary_hosts' must be a list of host names"),
        ({"binary_hosts": ["https://fhir-ehr.cerner.com/r4"]}, "'binary_hosts' must be a list"),
    ],
)
def test_invalid_entries_name_the_field(change, named):
    entry = copy.deepcopy(BASE) | change
    with pytest.raises(ConfigError) as error:
        registry_of(entry)
    assert named in error.value.message
    assert "server 'ehr'" in error.value.message


def test_duplicate_ids_and_bad_files_are_reported(tmp_path):
    with pytest.raises(ConfigError, match="listed twice"):
        registry_of(BASE, BASE)
    bad = tmp_path / "launch.json"
    bad.write_text("{\n  nope", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"not valid JSON \(line 2\)"):
        load_registry(bad, SANDBOX)
    with pytest.raises(ConfigError, match="could not be read"):
        load_registry(tmp_path / "missing.json", SANDBOX)


def test_bad_launch_json_stops_start_up(tmp_path):
    bad = tmp_path / "launch.json"
    bad.write_text(json.dumps({"servers": [{**BASE, "vendor": "acme"}]}), encoding="utf-8")
    with pytest.raises(ConfigError, match="'vendor'"):
        make_app(tmp_path, LAUNCH_REGISTRY=str(bad))


def make_app(tmp_path, **config):
    settings = {
        "TESTING": True,
        "SECRET_KEY": "k",
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **config,
    }
    return create_app(settings)


def app_with(tmp_path, *entries):
    registry = tmp_path / "launch.json"
    registry.write_text(json.dumps({"servers": list(entries)}), encoding="utf-8")
    return make_app(tmp_path, LAUNCH_REGISTRY=str(registry))


def test_generated_key_is_private_to_the_instance_and_made_once(tmp_path):
    entry = {**ASYMMETRIC, "private_key_file": "keys/app.json", "generate_key": True}
    app = app_with(tmp_path, entry)
    server = next(iter(app.extensions["launch.registry"].values()))
    path = key_path(app, server)
    assert path == tmp_path / "instance" / "keys" / "app.json"
    assert not path.exists(), "generated on first use, not at start-up"
    first = client_key(app, server)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert first.alg == "RS384" and first.signing_key.is_private
    again = client_key(app_with(tmp_path, entry), server)
    assert again.kid == first.kid, "a second start reuses the key file"


def test_missing_key_without_generate_key_is_a_config_error(tmp_path):
    app = app_with(tmp_path, ASYMMETRIC)
    server = next(iter(app.extensions["launch.registry"].values()))
    with pytest.raises(ConfigError, match="'private_key_file' not found"):
        client_key(app, server)


def test_pem_and_jwks_files_and_their_algorithms(tmp_path):
    rsa = RSAKey.generate_key(2048)
    (tmp_path / "rsa.pem").write_bytes(rsa.as_pem(private=True))
    ec = ECKey.generate_key("P-384", auto_kid=True)
    (tmp_path / "ec.json").write_text(json.dumps({"keys": [ec.as_dict(private=True)]}))
    weak = ECKey.generate_key("P-256")
    (tmp_path / "p256.json").write_text(json.dumps(weak.as_dict(private=True)))
    public_only = {"keys": [rsa.as_dict(private=False)]}
    (tmp_path / "public.json").write_text(json.dumps(public_only))
    entries = [
        {**ASYMMETRIC, "id": "rsa", "private_key_file": str(tmp_path / "rsa.pem")},
        {**ASYMMETRIC, "id": "ec", "private_key_file": str(tmp_path / "ec.json")},
        {**ASYMMETRIC, "id": "wrong-alg", "private_key_file": str(tmp_path / "ec.json"),
         "jwt_alg": "RS384"},
        {**ASYMMETRIC, "id": "p256", "private_key_file": str(tmp_path / "p256.json")},
        {**ASYMMETRIC, "id": "public", "private_key_file": str(tmp_path / "public.json")},
    ]  # fmt: skip
    app = app_with(tmp_path, *entries)
    servers = app.extensions["launch.registry"]
    assert client_key(app, servers["rsa"]).alg == "RS384"
    assert client_key(app, servers["rsa"]).kid == rsa.thumbprint()
    assert client_key(app, servers["ec"]).alg == "ES384"
    with pytest.raises(ConfigError, match="'jwt_alg' RS384 does not fit"):
        client_key(app, servers["wrong-alg"])
    with pytest.raises(ConfigError, match="P-384"):
        client_key(app, servers["p256"])
    with pytest.raises(ConfigError, match="no private key"):
        client_key(app, servers["public"])


def test_jwks_endpoint_serves_public_keys_only(tmp_path):
    rs = {**ASYMMETRIC, "id": "rs", "private_key_file": "rs.json", "generate_key": True}
    es = {**rs, "id": "es", "private_key_file": "es.json", "jwt_alg": "ES384"}
    app = app_with(tmp_path, rs, es, {**rs, "id": "rs-again"}, BASE | {"id": "public"})
    response = app.test_client().get("/.well-known/jwks.json")
    assert response.status_code == 200
    keys = response.get_json()["keys"]
    assert sorted(key["alg"] for key in keys) == ["ES384", "RS384"]  # one entry per key
    for key in keys:
        assert key["use"] == "sig" and key["kid"]
        assert not {"d", "p", "q", "dp", "dq", "qi"} & set(key)
    # What the EHR fetches verifies what the app signs.
    servers = app.extensions["launch.registry"]
    for server_id in ("rs", "es"):
        signed = SmartPrivateKeyJWT(
            "https://ehr.example/token", client_key(app, servers[server_id])
        )

        class Auth:
            client_id = "app"

        assertion = signed.sign(Auth, "https://ehr.example/token")
        token = jwt.decode(assertion, KeySet.import_key_set({"keys": keys}),
                           algorithms=["RS384", "ES384"])  # fmt: skip
        claims = token.claims
        assert token.header["typ"] == "JWT" and token.header["kid"]
        assert claims["iss"] == claims["sub"] == "app"
        assert claims["aud"] == "https://ehr.example/token"
        assert 0 < claims["exp"] - claims["iat"] <= 300 and claims["jti"]
    second = signed.sign(Auth, "https://ehr.example/token")
    assert (
        jwt.decode(second, KeySet.import_key_set({"keys": keys}), algorithms=["ES384"]).claims[
            "jti"
        ]
        != claims["jti"]
    ), "every assertion has its own jti"


@pytest.mark.parametrize(
    ("mode", "expected", "absent"),
    [
        ("embedded", ("SameSite=None", "Secure", "HttpOnly", "Partitioned"), ()),
        ("top-level", ("SameSite=Lax", "Secure", "HttpOnly"), ("Partitioned",)),
        ("local-http", ("SameSite=Lax", "HttpOnly"), ("Secure", "Partitioned")),
    ],
)
def test_cookie_modes(tmp_path, mode, expected, absent):
    app = make_app(tmp_path, COOKIE_MODE=mode)

    @app.get("/_set")
    def _set():
        from flask import session

        session["sid"] = "opaque"
        return "ok"

    cookie = app.test_client().get("/_set").headers["Set-Cookie"]
    for attribute in expected:
        assert attribute in cookie
    for attribute in absent:
        assert attribute not in cookie


def test_embedded_is_the_default_and_unknown_modes_stop_start_up(tmp_path):
    assert make_app(tmp_path).config["SESSION_COOKIE_SAMESITE"] == "None"
    with pytest.raises(ConfigError, match="COOKIE_MODE must be one of"):
        make_app(tmp_path, COOKIE_MODE="lax")


def test_the_fhir_client_follows_binaries_only_to_listed_hosts(tmp_path):
    app = app_with(tmp_path, {**BASE, "binary_hosts": ["Binaries.Ehr.Example"]})
    launch = AppSession(id="s1", server_id="ehr", iss=BASE["iss"], token_endpoint="x")
    client = fhir_client_for(app, launch)
    listed = "https://binaries.ehr.example/r4/Binary/TR-1"
    assert client.resolve(listed) == listed
    assert client.resolve("Binary/TR-2") == "https://ehr.example/fhir/Binary/TR-2"
    with pytest.raises(FatalFhirError, match="not registered for"):
        client.resolve("https://elsewhere.example/Binary/TR-3")
