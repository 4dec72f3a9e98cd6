"""core.compiled: a values_list() query compiled once per shape gives the ORM's rows for any values."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import compiled
from core.compiled import compiled_rows, compiled_shapes
from tests.factories import CustomerFactory, StaffUserFactory
from tickets.models import Ticket

pytestmark = pytest.mark.django_db

needs_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite binds dates as text")


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    monkeypatch.setattr(compiled, "_COMPILED", {})


def numbers(*, limit, customer_id, since):
    tickets = Ticket.objects.filter(customer_id=customer_id)
    if since:
        tickets = tickets.filter(created_at__gte=since)
    return tickets.order_by("-created_at", "-pk").values_list("number", "created_at")[:limit]


@pytest.fixture
def make_tickets(support_queue):
    creator = StaffUserFactory()

    def make(customer, count, *, days_ago=0):
        at = timezone.now() - datetime.timedelta(days=days_ago)
        for _n in range(count):
            ticket = Ticket.objects.create(
                queue=support_queue, customer=customer, creator=creator, subject="Line down", text="", contact_name="A"
            )
            Ticket.objects.filter(pk=ticket.pk).update(created_at=at)

    return make


@needs_postgresql
def test_rows_are_the_orms_for_every_customer_and_date_and_the_query_is_built_once(make_tickets):
    first, second = CustomerFactory(), CustomerFactory()
    make_tickets(first, 3, days_ago=10)
    make_tickets(first, 2)
    make_tickets(second, 4)
    built = []

    def build(**kwargs):
        built.append(kwargs)
        return numbers(**kwargs)

    recent = timezone.now() - datetime.timedelta(days=1)
    for customer_id, since in [(first.pk, None), (second.pk, None), (first.pk, recent), (second.pk, recent)]:
        ours = compiled_rows("test", build, shape={"limit": 4}, values={"customer_id": customer_id, "since": since})
        assert ours == list(numbers(limit=4, customer_id=customer_id, since=since))
        assert ours  # every case has rows, so a wrong parameter would show
    assert len(built) == 2  # one shape without a date, one with
    assert all(kwargs["customer_id"] < 0 for kwargs in built)  # compiled with stand-ins, never a real value
    assert all(compiled_shapes().values())


@needs_postgresql
def test_a_call_runs_one_query_and_compiles_nothing(django_assert_num_queries, make_tickets):
    customer = CustomerFactory()
    make_tickets(customer, 2)
    compiled_rows("test", numbers, shape={"limit": 5}, values={"customer_id": customer.pk, "since": None})

    def no_build(**kwargs):
        raise AssertionError("built again")

    with django_assert_num_queries(1):
        rows = compiled_rows("test", no_build, shape={"limit": 5}, values={"customer_id": customer.pk, "since": None})
    assert len(rows) == 2


def test_a_value_the_orm_transforms_runs_through_the_orm(make_tickets):
    customer = CustomerFactory()
    make_tickets(customer, 2)

    def by_subject(*, text):
        return Ticket.objects.filter(subject__icontains=text).values_list("subject")

    with CaptureQueriesContext(connection) as queries:
        rows = compiled_rows("test", by_subject, shape={}, values={"text": "line"})
        again = compiled_rows("test", by_subject, shape={}, values={"text": "nothing"})
    assert rows == [("Line down",), ("Line down",)] and again == []
    assert len(queries) == 2
    assert list(compiled_shapes().values()) == [False]


@needs_postgresql
def test_the_portal_timeline_runs_compiled(client):
    from tests.factories import CustomerUserFactory

    user = CustomerUserFactory()
    client.force_login(user)
    assert client.get("/portal/").status_code == 200
    assert client.get("/portal/history/", {"since": "2026-01-01", "until": "2026-12-31"}).status_code == 200
    shapes = compiled_shapes()
    assert {key[0] for key in shapes} >= {"tickets.timeline", "billing.timeline", "orders.timeline"}
    assert all(shapes.values())


def test_at_most_max_shapes_are_kept(monkeypatch, make_tickets):
    monkeypatch.setattr(compiled, "MAX_SHAPES", 3)
    customer = CustomerFactory()
    make_tickets(customer, 2)
    for limit in range(1, 8):
        rows = compiled_rows(
            "test", numbers, shape={"limit": limit}, values={"customer_id": customer.pk, "since": None}
        )
        assert len(rows) == min(limit, 2)
    assert [dict(key[1])["limit"] for key in compiled_shapes()] == [5, 6, 7]
