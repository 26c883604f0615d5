"""The app factory honours test config and serves its landing page and health check."""

from smartapp import create_app


def test_config_override(tmp_path):
    database = f"sqlite:///{tmp_path / 'factory.sqlite3'}"
    assert not create_app({"SECRET_KEY": "x", "DATABASE_URL": database}).testing
    assert create_app({"TESTING": True, "SECRET_KEY": "x", "DATABASE_URL": database}).testing


def test_health(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_index(client):
    assert b"documentation check" in client.get("/").data
