"""core.compiled: a query compiled once per shape gives the ORM's rows (compiled_rows) or model
instances (compiled_list) for any values."""

import datetime

import pytest
from django.db import connection
from django.db.models import Exists, OuterRef
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core import compiled, roles
from core.compiled import compiled_list, compiled_rows, compiled_shapes
from tests.factories import CustomerFactory, StaffUserFactory
from tickets import services
from tickets.models import Ticket, TicketAction, TicketMessage

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
    assert len(built) == 4  # one shape without a date, one with, each built with two sets of stand-ins
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
    assert {key[0] for key in shapes} >= {
        "tickets.timeline",
        "billing.timeline",
        "orders.timeline",
        "home.portal_waiting",
    }
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


# --- compiled_list: model instances, their joined rows, annotations and prefetches ---


def tickets_of(*, customer_id):
    reopened = TicketAction.objects.filter(ticket=OuterRef("pk"), kind=TicketAction.Kind.REOPENED)
    return (
        Ticket.objects.filter(customer_id=customer_id)
        .select_related("queue", "customer")
        .annotate(was_reopened=Exists(reopened))
        .prefetch_related("messages")
        .order_by("pk")
    )


def described(tickets) -> list[tuple]:
    return [
        (t.pk, t.queue.name, t.customer.name, t.was_reopened, t.created_at, [m.pk for m in t.messages.all()])
        for t in tickets
    ]


@needs_postgresql
def test_instances_are_the_orms_with_joins_annotations_and_prefetches(make_tickets):
    first, second = CustomerFactory(), CustomerFactory()
    make_tickets(first, 2)
    make_tickets(second, 3)
    for ticket in Ticket.objects.filter(customer=second):
        TicketMessage.objects.create(ticket=ticket, author=ticket.creator, body="Still down")
    built = []

    def build(**kwargs):
        built.append(kwargs)
        return tickets_of(**kwargs)

    for customer in (first, second, first):
        ours = compiled_list("test", build, shape={}, values={"customer_id": customer.pk})
        assert described(ours) == described(tickets_of(customer_id=customer.pk))
        assert ours and all(isinstance(ticket, Ticket) for ticket in ours)
    assert len(built) == 2 and all(kwargs["customer_id"] < 0 for kwargs in built)
    assert all(compiled_shapes().values())
    assert any(
        ticket.messages.all() for ticket in compiled_list("test", build, shape={}, values={"customer_id": second.pk})
    )


@needs_postgresql
def test_a_compiled_list_runs_its_queries_and_builds_nothing(django_assert_num_queries, make_tickets):
    customer = CustomerFactory()
    make_tickets(customer, 2)
    compiled_list("test", tickets_of, shape={}, values={"customer_id": customer.pk})

    def no_build(**kwargs):
        raise AssertionError("built again")

    with django_assert_num_queries(2):  # the tickets, their messages
        tickets = compiled_list("test", no_build, shape={}, values={"customer_id": customer.pk})
    assert len(tickets) == 2


def test_an_integer_no_column_holds_finds_nothing_instead_of_failing(make_tickets):
    customer = CustomerFactory()
    make_tickets(customer, 1)
    compiled_list("test", tickets_of, shape={}, values={"customer_id": customer.pk})
    assert compiled_list("test", tickets_of, shape={}, values={"customer_id": 2**70}) == []
    assert compiled_rows("test-rows", numbers, shape={"limit": 3}, values={"customer_id": 2**70, "since": None}) == []


@needs_postgresql
def test_the_ticket_pages_and_lists_run_compiled(client, support_queue):
    from tests.factories import CustomerUserFactory

    user = CustomerUserFactory()
    agent = StaffUserFactory(role=roles.SUPPORT_AGENT)
    support_queue.members.add(agent)
    ticket = services.ticket_create(
        by=user,
        customer=user.customer,
        queue=support_queue,
        subject="Line down",
        text="Since noon",
        contact_name="A",
        channel=Ticket.Channel.PORTAL,
    )
    services.ticket_create(
        by=agent, customer=user.customer, queue=support_queue, subject="Slow", text="Since morning", contact_name="B"
    )
    client.force_login(user)
    assert client.get(ticket.get_portal_url()).status_code == 200
    assert client.get(reverse("tickets_portal:list"), {"state": "open", "sort": "-priority"}).status_code == 200
    client.force_login(agent)
    for url in (ticket.get_absolute_url(), support_queue.get_absolute_url(), reverse("tickets_staff:folder")):
        assert client.get(url).status_code == 200, url
    search = reverse("tickets_staff:search")
    for query in ({"q": "line"}, {"q": ticket.number}, {"q": "line", "since": "2026-01-01", "status": "DISPATCH"}):
        response = client.get(search, query)
        assert response.status_code == 200 and ticket.number in response.content.decode(), query
    shapes = compiled_shapes()
    wanted = {"tickets.ticket_page", "tickets.ticket_page.messages", "tickets.ticket_page.files"}
    wanted |= {"tickets.portal_list:open:-priority", "tickets.queue", "tickets.folder", "tickets.folder.rows"}
    wanted |= {"tickets.search", "tickets.search.count"}
    assert {key[0] for key in shapes} >= wanted
    assert all(shapes.values()), [key for key, runs_compiled in shapes.items() if not runs_compiled]


def test_a_time_the_builder_reads_itself_is_not_frozen_into_the_sql(make_tickets):
    customer = CustomerFactory()
    make_tickets(customer, 1, days_ago=2)

    def recent(*, customer_id):
        since = timezone.now() - datetime.timedelta(days=3)
        return Ticket.objects.filter(customer_id=customer_id, created_at__gte=since).values_list("number")

    assert len(compiled_rows("test", recent, shape={}, values={"customer_id": customer.pk})) == 1
    assert list(compiled_shapes().values()) == [False]  # through the ORM: a day later, the same call finds nothing
