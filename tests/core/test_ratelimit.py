"""Rate limits on login, password reset, ticket creation and replies (issue 8, "Hardening")."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from core.models import RateLimitCounter
from core.ratelimit import Rate, rate_limit_hit, ratelimit
from notifications.models import OutboxMessage
from tests.factories import TEST_PASSWORD, contract_numbered
from tests.tickets.conftest import png_upload
from tests.tickets.test_portal import new_request
from tests.tickets.test_staff import new_ticket
from tickets.models import Ticket, TicketMessage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text, rate",
    [("10/5m", Rate(10, 300)), ("3/h", Rate(3, 3600)), ("100/1d", Rate(100, 86400)), ("2/30s", Rate(2, 30))],
)
def test_rates_are_parsed(text, rate):
    assert Rate.parse(text) == rate


def test_a_bad_rate_in_the_environment_stops_the_start(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from omsportal.settings import envrate

    monkeypatch.setenv("RATELIMIT_LOGIN_IP", "ten per minute")
    with pytest.raises(ImproperlyConfigured):
        envrate("RATELIMIT_LOGIN_IP", "30/5m")


def test_thirty_resets_in_a_minute_send_at_most_the_configured_number_of_emails(
    client, owner, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.RATELIMIT_PASSWORD_RESET = "3/15m"
    statuses = []
    with django_capture_on_commit_callbacks(execute=True):
        for _attempt in range(30):
            statuses.append(client.post(reverse("accounts:password_reset"), {"email": owner.email}).status_code)
    assert statuses[:3] == [302] * 3
    assert set(statuses[3:]) == {429}
    assert len(mailoutbox) == 3
    assert OutboxMessage.objects.filter(event="password_reset").count() == 3


def test_the_429_page_is_translated_and_in_the_site_layout(client, settings):
    settings.RATELIMIT_PASSWORD_RESET_IP = "1/15m"
    client.post(reverse("accounts:password_reset"), {"email": "a@example.com"})
    response = client.post(reverse("accounts:password_reset"), {"email": "b@example.com"}, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 15 * 60
    assert response.templates[0].name == "429.html" and "base.html" in [t.name for t in response.templates]
    assert 'id="error-429"' in response.content.decode()


def test_reset_requests_from_many_addresses_for_one_mailbox_are_limited_per_mailbox(client, owner, settings):
    settings.RATELIMIT_PASSWORD_RESET = "3/15m"
    statuses = [
        client.post(
            reverse("accounts:password_reset"), {"email": owner.email.upper()}, REMOTE_ADDR=f"198.51.100.{n}"
        ).status_code
        for n in range(5)
    ]
    assert statuses == [302, 302, 302, 429, 429]


def test_login_is_limited_per_address(client, owner, settings):
    settings.RATELIMIT_LOGIN_IP = "4/5m"
    for n in range(4):
        client.post(reverse("accounts:login"), {"username": f"someone{n}", "password": "wrong"})
    response = client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    other = client.post(
        reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD}, REMOTE_ADDR="192.0.2.9"
    )
    assert other.status_code == 302
    assert client.get(reverse("accounts:login")).status_code == 302, "GET is never limited"


def test_a_customer_cannot_flood_the_portal_with_tickets(client, owner, support_queue, agent, settings):
    settings.RATELIMIT_TICKET_CREATE = "5/10m"
    contract_numbered(owner.customer, "CN-2024-0117")  # the number new_request() types
    client.force_login(owner)
    statuses = [
        client.post(
            reverse("tickets_portal:new"), new_request(queue=support_queue.pk, attachments=[png_upload()])
        ).status_code
        for _attempt in range(30)
    ]
    assert statuses[:5] == [302] * 5 and set(statuses[5:]) == {429}
    assert Ticket.objects.count() == 5
    assert OutboxMessage.objects.filter(event="ticket_created").count() <= 5 * 2
    assert client.get(reverse("tickets_portal:new")).status_code == 200


def test_staff_ticket_creation_is_limited_per_user(client, agent, account_a, support_queue, settings):
    settings.RATELIMIT_TICKET_CREATE = "3/10m"
    contract_numbered(account_a, "CN-2024-0117")  # the number new_ticket() types
    client.force_login(agent)
    statuses = [client.post(reverse("tickets_staff:new"), new_ticket(account_a)).status_code for _attempt in range(6)]
    assert statuses[:3] == [302] * 3 and set(statuses[3:]) == {429}
    assert Ticket.objects.count() == 3


def test_replies_are_limited_per_user(client, owner, portal_ticket, settings):
    settings.RATELIMIT_TICKET_REPLY = "2/10m"
    client.force_login(owner)
    url = reverse("tickets_portal:reply", args=[portal_ticket.pk])
    statuses = [client.post(url, {"body": f"message {n}"}).status_code for n in range(4)]
    assert statuses == [302, 302, 429, 429]
    assert TicketMessage.objects.filter(ticket=portal_ticket, author=owner).count() == 2


def test_the_decorator_fits_any_view_in_one_line(settings):
    settings.RATELIMIT_REGISTER_IP = "2/1h"

    @ratelimit("register", keys=["ip"])
    def register(request):
        return HttpResponse("ok")

    factory = RequestFactory()
    codes = [register(factory.post("/accounts/register/", REMOTE_ADDR="203.0.113.5")).status_code for _n in range(3)]
    assert codes == [200, 200, 429]
    assert register(factory.get("/accounts/register/", REMOTE_ADDR="203.0.113.5")).status_code == 200


def test_a_limit_without_its_setting_is_a_programming_error():
    with pytest.raises(ValueError):
        ratelimit("no_such_scope", keys=["ip"])


def test_database_counters_start_a_new_window_and_drop_old_ones(settings, monkeypatch):
    settings.RATELIMIT_STORE = "database"
    now = [1_000_000.0]
    monkeypatch.setattr("core.ratelimit.time.time", lambda: now[0])
    rate = Rate(limit=2, seconds=60)
    verdicts = [rate_limit_hit(scope="t", key="k", rate=rate) for _n in range(3)]
    assert [v.allowed for v in verdicts] == [True, True, False]
    assert RateLimitCounter.objects.count() == 1
    RateLimitCounter.objects.update(expires_at="2000-01-01T00:00:00Z")
    now[0] += 60
    assert rate_limit_hit(scope="t", key="k", rate=rate).count == 1
    assert RateLimitCounter.objects.count() == 1, "the finished window was dropped"


def test_counters_in_real_redis(settings):
    """With REDIS_URL the default cache is Redis (omsportal.settings) and the counters live there."""
    import redis

    from tests.notifications.live import require_redis

    url = require_redis()
    settings.RATELIMIT_STORE = "cache"
    rate = Rate(limit=3, seconds=60)
    verdicts = [rate_limit_hit(scope="redis", key="203.0.113.7", rate=rate) for _n in range(5)]
    assert [v.allowed for v in verdicts] == [True, True, True, False, False]
    assert [v.count for v in verdicts] == [1, 2, 3, 4, 5]
    assert not RateLimitCounter.objects.exists(), "nothing went to the database"
    stored = redis.Redis.from_url(url).keys(f"*{settings.RATELIMIT_KEY_PREFIX}:redis:*")
    assert len(stored) == 1
