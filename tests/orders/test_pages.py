"""Who may open which order page (the role × URL table), the desk's filters, search, counts,
bulk approval and export, and query budgets that hold whatever the number of orders."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from orders.models import InstallationSlot, Order
from tests.factories import TEST_PASSWORD
from tests.orders.conftest import make_order, make_slot

S, P = Order.Status, Order.Payment


def login(client, user):
    assert client.login(username=user.username, password=TEST_PASSWORD)


@pytest.fixture
def order(owner, sales, branch):
    return make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED, branch=branch)


def _urls(order, plan):
    return {
        "portal_list": ("get", reverse("orders_portal:list")),
        "portal_new": ("get", reverse("orders_portal:new")),
        "portal_detail": ("get", reverse("orders_portal:detail", args=[order.pk])),
        "portal_move": ("post", reverse("orders_portal:move", args=[order.pk, "cancel"])),
        "desk": ("get", reverse("orders_staff:desk")),
        "export": ("get", reverse("orders_staff:export")),
        "bulk_approve": ("post", reverse("orders_staff:bulk_approve")),
        "staff_new": ("get", reverse("orders_staff:new")),
        "staff_detail": ("get", reverse("orders_staff:detail", args=[order.pk])),
        "staff_move": ("post", reverse("orders_staff:move", args=[order.pk, "review"])),
        "staff_delete": ("post", reverse("orders_staff:delete", args=[order.pk])),
        "catalogue": ("get", reverse("orders_staff:catalogue")),
        "catalogue_new": ("get", reverse("orders_staff:catalogue_new", args=["plan"])),
        "catalogue_edit": ("get", reverse("orders_staff:catalogue_edit", args=["plan", plan.pk])),
        "installations": ("get", reverse("orders_staff:installations")),
    }


PORTAL = {"portal_list", "portal_new", "portal_detail", "portal_move"}
STAFF_READ = {"desk", "staff_detail", "catalogue"}
# role → the pages it may open (200, or 302 after a POST); staff pages answer customers with a redirect home,
# portal pages answer staff the same way, an order outside the customer's account answers 404.
ALLOWED = {
    "owner": PORTAL,
    "outsider": {"portal_list", "portal_new"},
    "sales": STAFF_READ
    | {"export", "bulk_approve", "staff_new", "staff_move", "staff_delete", "catalogue_new", "catalogue_edit"}
    | {"installations"},
    "technician": STAFF_READ | {"installations", "staff_move", "staff_delete"},
    "finance": STAFF_READ | {"export", "staff_move", "staff_delete"},
    "support": STAFF_READ | {"staff_move", "staff_delete"},
}


@pytest.mark.parametrize("role", ["owner", "outsider", "sales", "technician", "finance", "support", "anonymous"])
def test_role_by_url(client, role, order, plan, request):
    if role != "anonymous":
        login(client, request.getfixturevalue(role))
    for name, (method, url) in _urls(order, plan).items():
        response = getattr(client, method)(url)
        code = response.status_code
        if role == "anonymous":
            assert code == 302 and "/login/" in response.url, name
        elif name in ALLOWED[role]:
            assert code in (200, 302), (name, code)
            if code == 302 and method == "get":
                pytest.fail(f"{role} was sent away from {name}")
        elif role == "outsider" and name in PORTAL:
            assert code == 404, (name, code)
        elif role in ("owner", "outsider"):
            assert code == 302 and "/orders/" not in response.url, (name, code)
        else:
            assert code in (302, 403) and (code == 403 or "/staff/orders/" not in response.url), (name, code)


def test_staff_moves_without_the_permission_change_nothing(client, support, order):
    login(client, support)
    response = client.post(reverse("orders_staff:move", args=[order.pk, "approve"]), follow=True)
    order.refresh_from_db()
    assert order.status == S.SUBMITTED
    assert "You may not change this order." in response.content.decode()


def test_the_desk_filters_searches_sorts_and_counts(client, sales, owner, outsider):
    login(client, sales)
    mine = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    approved = make_order(customer=outsider.customer, created_by=sales, status=S.APPROVED, payment_state=P.PAID)
    Order.objects.filter(pk=approved.pk).update(gross_total="999.00", channel_code="DIST-1")
    desk = reverse("orders_staff:desk")

    def numbers(**query):
        response = client.get(desk, query)
        assert response.status_code == 200
        return [row.number for row in response.context["orders"]]

    assert numbers(status=S.APPROVED) == [approved.number]
    assert numbers(payment=P.PAID) == [approved.number]
    assert numbers(channel="DIST-1") == [approved.number]
    assert numbers(customer=owner.customer_id) == [mine.number]
    assert numbers(q=mine.number) == [mine.number]
    assert numbers(q="account a") == [mine.number]
    assert set(numbers(q=str(owner.customer.phone))) == {mine.number, approved.number}  # both share the number
    assert numbers(sort="-amount")[0] == approved.number
    assert numbers(sort="amount")[-1] == approved.number
    counts = {value: count for value, _label, count in client.get(desk).context["counts"]}
    assert counts[S.SUBMITTED] == 1 and counts[S.APPROVED] == 1 and counts[S.DRAFT] == 0
    assert client.get(desk, {"status": "nonsense", "customer": "x", "date_from": "never"}).status_code == 200


def test_bulk_approve_approves_what_it_may_and_says_why_not_for_the_rest(client, sales, owner):
    ready = [make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED) for _ in range(3)]
    shipped = make_order(customer=owner.customer, created_by=sales, status=S.SHIPPED)
    login(client, sales)
    response = client.post(
        reverse("orders_staff:bulk_approve"), {"order": [o.pk for o in ready] + [shipped.pk]}, follow=True
    )
    assert set(Order.objects.filter(status=S.APPROVED).values_list("pk", flat=True)) == {o.pk for o in ready}
    assert "3 orders approved." in response.content.decode()
    assert shipped.number in response.content.decode()


def test_the_csv_export_streams_the_filtered_list(client, sales, owner, outsider):
    make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    make_order(customer=outsider.customer, created_by=sales, status=S.APPROVED)
    login(client, sales)
    response = client.get(reverse("orders_staff:export"), {"status": S.APPROVED})
    assert response.streaming
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0] == "number" and len(rows) == 2 and rows[1][5] == S.APPROVED


def test_customers_see_only_their_own_orders(client, owner, outsider, sales):
    mine = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    theirs = make_order(customer=outsider.customer, created_by=sales, status=S.SUBMITTED)
    login(client, owner)
    listed = client.get(reverse("orders_portal:list")).context["orders"]
    assert [o.pk for o in listed] == [mine.pk]
    assert client.get(reverse("orders_portal:detail", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("orders_portal:move", args=[theirs.pk, "cancel"]), {"comment": "x"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == S.SUBMITTED


def test_portal_list_filters_counts_and_search(client, owner, sales):
    open_order = make_order(customer=owner.customer, created_by=sales, status=S.APPROVED)
    done = make_order(customer=owner.customer, created_by=sales, status=S.COMPLETED)
    make_order(customer=owner.customer, created_by=sales, status=S.CANCELLED)
    login(client, owner)
    response = client.get(reverse("orders_portal:list"), {"state": "open"})
    assert [o.pk for o in response.context["orders"]] == [open_order.pk]
    assert [(key, count) for key, _label, count in response.context["states"]] == [
        ("all", 3),
        ("open", 1),
        ("done", 1),
        ("cancelled", 1),
    ]
    found = client.get(reverse("orders_portal:list"), {"q": done.number}).context["orders"]
    assert [o.pk for o in found] == [done.pk]


def test_customers_never_read_the_internal_activation_failed_state(client, owner, sales):
    """The portal's badge, list, step bar and processes say the customer's wording, not the model's label."""
    failed = make_order(customer=owner.customer, created_by=sales, status=S.ACTIVATION_FAILED)
    login(client, owner)
    pages = [
        reverse("orders_portal:list"),
        reverse("orders_portal:detail", args=[failed.pk]),
        reverse("core:portal_processes"),
    ]
    for url in pages:
        page = client.get(url).content.decode()
        assert "Activation delayed: our staff are on it" in page, url
        assert "Activation failed" not in page, url


def test_the_step_bar_shows_installation_and_tracking(client, owner, sales, branch, technician):
    from orders import services

    order = make_order(customer=owner.customer, created_by=sales, status=S.APPROVED, branch=branch)
    slot = make_slot(branch=branch, technician=technician)
    services.order_move(order=order, by=sales, move="schedule", values={"slot": slot})
    services.order_move(order=order, by=sales, move="ship", values={"tracking_reference": "TRK-42"})
    login(client, owner)
    steps = client.get(order.get_portal_url()).context["steps"]
    states = {step.status: step.state for step in steps}
    assert states == {
        S.SUBMITTED: "done",
        S.APPROVED: "done",
        S.SCHEDULED: "done",
        S.SHIPPED: "done",
        S.ACTIVATED: "current",
        S.COMPLETED: "todo",
    }
    details = {step.status: step.detail for step in steps}
    assert "Ted Tech" in details[S.SCHEDULED] and "TRK-42" in details[S.SHIPPED]


def _many_orders(count, *, customer, by):
    for number in range(count):
        make_order(customer=customer, created_by=by, status=[S.SUBMITTED, S.APPROVED, S.SHIPPED][number % 3])


def _query_counts(client, owner, sales) -> dict[str, int]:
    one = Order.objects.filter(customer=owner.customer).order_by("pk").first()
    pages = {
        "desk": (sales, reverse("orders_staff:desk"), {}),
        "desk by status": (sales, reverse("orders_staff:desk"), {"status": S.APPROVED}),
        "desk by customer": (sales, reverse("orders_staff:desk"), {"customer": owner.customer_id}),
        "desk search": (sales, reverse("orders_staff:desk"), {"q": "Account"}),
        "staff order page": (sales, reverse("orders_staff:detail", args=[one.pk]), {}),
        "installations": (sales, reverse("orders_staff:installations"), {}),
        "portal list": (owner, reverse("orders_portal:list"), {}),
        "portal order page": (owner, reverse("orders_portal:detail", args=[one.pk]), {}),
    }
    counts = {}
    for name, (user, url, query) in pages.items():
        login(client, user)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, query).status_code == 200
        counts[name] = len(queries)
        client.logout()
    return counts


def test_query_counts_are_the_same_at_100_and_at_many_orders(client, owner, sales, branch):
    _many_orders(3, customer=owner.customer, by=sales)
    call_command("seed_bench_orders", orders=100, customers=5, stdout=io.StringIO())
    at_100 = _query_counts(client, owner, sales)
    _many_orders(40, customer=owner.customer, by=sales)
    call_command("seed_bench_orders", orders=1500, customers=30, stdout=io.StringIO())
    many = _query_counts(client, owner, sales)
    assert Order.objects.count() > 1600
    assert at_100 == many
    assert max(many.values()) <= 14, many


def test_the_admin_shows_orders_read_only_with_history(admin_client, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    assert admin_client.get(reverse("admin:orders_order_changelist")).status_code == 200
    page = admin_client.get(reverse("admin:orders_order_change", args=[order.pk]))
    assert page.status_code == 200 and 'name="status"' not in page.content.decode()
    assert admin_client.get(reverse("admin:orders_order_history", args=[order.pk])).status_code == 200
    assert admin_client.get(reverse("admin:orders_order_add")).status_code == 403


def test_a_technician_sees_the_days_installations_by_branch_and_adds_a_slot(client, technician, branch, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, status=S.SCHEDULED, branch=branch)
    slot = make_slot(branch=branch, technician=technician, hours_ahead=24)
    slot.order = order
    slot.save()
    login(client, technician)
    day = timezone.localtime(slot.starts_at).date()
    page = client.get(reverse("orders_staff:installations"), {"day": day.isoformat(), "branch": branch.pk})
    assert order.number in page.content.decode()
    other_day = client.get(reverse("orders_staff:installations"), {"day": (day + timedelta(days=3)).isoformat()})
    assert order.number not in other_day.content.decode()
    tomorrow = (timezone.localdate() + timedelta(days=2)).isoformat()
    data = {"branch": branch.pk, "technician": technician.pk, "day": tomorrow, "start": "10:00", "hours": 2}
    client.post(reverse("orders_staff:installations"), data)
    assert technician.pk in set(
        InstallationSlot.objects.filter(starts_at__date=tomorrow).values_list("technician_id", flat=True)
    )
    response = client.post(reverse("orders_staff:installations"), {**data, "day": "2001-01-01"})
    assert "must start in the future" in response.content.decode()


def test_sales_manage_the_catalogue_and_support_only_reads_it(client, sales, support, plan):
    login(client, sales)
    client.post(
        reverse("orders_staff:catalogue_edit", args=["plan", plan.pk]),
        {
            "name": "Fibre 600",
            "technical_name": "fibre-500",
            "monthly_fee": "700.00",
            "one_off_fee": "0.00",
            "currency": "RUB",
            "tax_rate": "20.00",
            "is_active": "on",
        },
    )
    plan.refresh_from_db()
    assert (plan.name, plan.monthly_fee) == ("Fibre 600", Decimal("700.00"))
    assert plan.history.count() == 2
    client.logout()
    login(client, support)
    assert "Fibre 600" in client.get(reverse("orders_staff:catalogue")).content.decode()
    assert client.get(reverse("orders_staff:catalogue_edit", args=["plan", plan.pk])).status_code == 403


@pytest.mark.parametrize("move", ["waive_payment", "request_payment"])
def test_the_automatic_payment_moves_cannot_be_posted(client, finance, owner, sales, move):
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    Order.objects.filter(pk=order.pk).update(payment_state=P.PENDING if move == "waive_payment" else P.NOT_REQUIRED)
    login(client, finance)
    response = client.post(reverse("orders_staff:move", args=[order.pk, move]), follow=True)
    order.refresh_from_db()
    assert order.payment_state == (P.PENDING if move == "waive_payment" else P.NOT_REQUIRED)
    assert "That action is not possible." in response.content.decode()


@pytest.mark.parametrize("query", ["nobody-by-this-name", "+79990000000", "O-999999", "  "])
def test_a_search_that_finds_nothing_shows_an_empty_desk(client, sales, owner, query):
    make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    login(client, sales)
    response = client.get(reverse("orders_staff:desk"), {"q": query})
    assert response.status_code == 200
    if query.strip():
        assert response.context["orders"] == []
        assert all(count == 0 for _value, _label, count in response.context["counts"])


@pytest.mark.parametrize(
    "query",
    [
        {"status": "nope", "payment": "x", "type": "y", "sort": "drop table"},
        {"customer": "-5", "date_from": "2026-13-45", "date_to": "yesterday", "page": "last"},
        {"q": "O-" + "9" * 30},
        {"q": "%_\\'\""},
        {"page": "999999"},
    ],
)
def test_odd_desk_and_portal_queries_never_fail(client, sales, owner, query):
    make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    login(client, sales)
    assert client.get(reverse("orders_staff:desk"), query).status_code == 200
    assert client.get(reverse("orders_staff:export"), query).status_code == 200
    client.logout()
    login(client, owner)
    assert client.get(reverse("orders_portal:list"), {**query, "state": "weird"}).status_code == 200


def test_odd_move_posts_get_a_message_not_an_error(client, sales, owner):
    order = make_order(customer=owner.customer, created_by=sales, status=S.APPROVED)
    login(client, sales)
    for move, data in [
        ("schedule", {"slot": "999999"}),
        ("schedule", {"slot": "abc"}),
        ("refund", {"amount": "-3"}),
        ("no-such-move", {}),
        ("ship", {"tracking_reference": "x" * 500}),
    ]:
        response = client.post(reverse("orders_staff:move", args=[order.pk, move]), data, follow=True)
        assert response.status_code == 200, move
        assert list(response.context["messages"]), move
    order.refresh_from_db()
    assert order.status == S.APPROVED


def test_a_sales_window_that_ends_before_it_starts_is_refused(client, sales, router):
    login(client, sales)
    response = client.post(
        reverse("orders_staff:catalogue_edit", args=["product", router.pk]),
        {
            "name": router.name,
            "sku": router.sku,
            "kind": router.kind,
            "price": "1.00",
            "currency": "RUB",
            "tax_rate": "20",
            "is_active": "on",
            "sold_from": "2026-05-01",
            "sold_until": "2026-04-01",
        },
    )
    assert "cannot be before its start" in response.content.decode()
    router.refresh_from_db()
    assert router.price == Decimal("4990.00")
