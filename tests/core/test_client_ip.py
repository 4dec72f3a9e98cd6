"""X-Forwarded-For is believed only from TRUSTED_PROXIES (issue 8.6)."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from accounts.models import SecurityEvent
from core.http import client_ip

factory = RequestFactory()


def _request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return factory.get("/", **extra)


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(_request("203.0.113.9", "1.2.3.4")) == "203.0.113.9"


@pytest.mark.parametrize(
    "remote, forwarded, expected",
    [
        ("10.0.0.2", "198.51.100.7", "198.51.100.7"),
        ("10.0.0.2", "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # the client forged the leftmost hop
        ("10.0.0.2", "198.51.100.7, 10.0.0.3", "198.51.100.7"),  # two trusted proxies in a row
        ("10.0.0.2", "", "10.0.0.2"),
        ("10.0.0.2", "not-an-ip", "10.0.0.2"),
        ("10.0.0.2", "2001:db8::5", "2001:db8::5"),
        ("203.0.113.9", "198.51.100.7", "203.0.113.9"),  # not from a trusted proxy
    ],
)
def test_the_nearest_untrusted_hop_is_the_client(settings, remote, forwarded, expected):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "192.0.2.1"]
    assert client_ip(_request(remote, forwarded)) == expected


def test_a_bad_remote_address_gives_none(settings):
    assert client_ip(_request("")) is None


def test_a_bad_trusted_proxy_stops_the_start(monkeypatch):
    import importlib

    from django.core.exceptions import ImproperlyConfigured

    import omsportal.settings

    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8,proxy.example")
    with pytest.raises(ImproperlyConfigured):
        importlib.reload(omsportal.settings)
    monkeypatch.delenv("TRUSTED_PROXIES")
    importlib.reload(omsportal.settings)


@pytest.mark.django_db
def test_the_login_records_and_limits_the_forwarded_client(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    settings.RATELIMIT_LOGIN_IP = "2/5m"
    proxied = {"REMOTE_ADDR": "10.0.0.1"}
    for n in range(2):
        client.post(
            reverse("accounts:login"),
            {"username": "ghost", "password": "x"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
            **proxied,
        )
    assert set(SecurityEvent.objects.values_list("ip_address", flat=True)) == {"198.51.100.0", "198.51.100.1"}
    third = client.post(
        reverse("accounts:login"),
        {"username": "ghost", "password": "x"},
        HTTP_X_FORWARDED_FOR="198.51.100.0",
        **proxied,
    )
    assert third.status_code == 200, "each client behind the proxy has its own limit"
    fourth = client.post(
        reverse("accounts:login"),
        {"username": "ghost", "password": "x"},
        HTTP_X_FORWARDED_FOR="198.51.100.0",
        **proxied,
    )
    assert fourth.status_code == 429
