"""The customer list, its searches and the 360 page run the same number of queries with few rows
and with many (services, tickets, orders of one customer; customers in the list)."""

from django.core.cache import cache
from django.urls import reverse

from accounts.models import Branch
from customers.models import SubscriberService
from orders.models import Order
from tests.budget import assert_query_budget, page_queries
from tests.customers.conftest import make_service
from tests.factories import CustomerFactory
from tests.orders.conftest import make_order
from tickets.models import Queue, Ticket

# The 360 page: session, user, customer, the tabs' counts (one query), the open tab's page, flash notes.
LIMITS_360 = 17


def grow(customer, by, plan, *, services: int, tickets: int, orders: int) -> None:
    for _ in range(services):
        make_service(customer=customer, plan=plan)
    queue, _created = Queue.objects.get_or_create(name="Budget queue")
    start = Ticket.objects.count()
    Ticket.objects.bulk_create(
        Ticket(
            number=f"T-B{start + n:06d}",
            queue=queue,
            customer=customer,
            contact_name="Budget",
            subject=f"Ticket {n}",
            text="No signal.",
            status=Ticket.Status.DISPATCH,
            creator=by,
        )
        for n in range(tickets)
    )
    for n in range(orders):
        make_order(customer=customer, created_by=by, status=Order.Status.SUBMITTED if n % 2 else Order.Status.COMPLETED)


def test_the_360_page_and_the_searches_keep_their_query_count(client, manager, owner, plan):
    customer = owner.customer
    customer.tax_number = "7701234567"
    customer.branch = Branch.objects.create(name="North")
    customer.channel_code = "DIST-1"
    customer.save()
    client.force_login(manager)
    detail = reverse("customers_staff:detail", args=[customer.pk])
    listing = reverse("customers_staff:list")

    def pages() -> dict[str, int]:
        # Cold each time: the cached counts are computed (one query) at both sizes.
        cache.clear()
        client.force_login(manager)
        client.get(detail)  # the session's first request
        service = SubscriberService.objects.filter(customer=customer).order_by("pk").first()
        urls = {f"360 {tab}": f"{detail}?tab={tab}" for tab in ("services", "tickets", "orders", "interactions")}
        urls |= {
            "list": listing,
            "list by branch": f"{listing}?branch={customer.branch_id}",
            "list by channel": f"{listing}?channel=DIST-1&kind=person&status=active",
        }
        counted = {label: page_queries(client, url) for label, url in urls.items()}
        for key in ("7701234567", customer.name, service.contract_number, service.iccid):
            with_redirect = client.get(listing, {"q": key})
            assert with_redirect.status_code == 302 and with_redirect.url == detail, key
        return counted

    grow(customer, manager, plan, services=2, tickets=2, orders=2)
    small = pages()
    grow(customer, manager, plan, services=48, tickets=60, orders=60)
    CustomerFactory.create_batch(40, branch=customer.branch, channel_code="DIST-1")
    assert_query_budget(small, pages(), max_queries=LIMITS_360)


def test_the_360_tabs_are_counted_in_one_query(client, manager, owner, plan, django_assert_num_queries):
    """counts_of: the same figures as one COUNT per tab; a tab the user may not see (.none()) counts 0."""
    from customers.selectors import counts_of

    grow(owner.customer, manager, plan, services=3, tickets=2, orders=4)
    tickets = Ticket.objects.filter(customer=owner.customer)
    services = SubscriberService.objects.filter(customer=owner.customer)
    with django_assert_num_queries(1):
        counts = counts_of([services, Ticket.objects.none(), tickets])
    assert counts == [services.count(), 0, tickets.count()] == [3, 0, 2]
    client.force_login(manager)
    page = client.get(reverse("customers_staff:detail", args=[owner.customer.pk]))
    assert {item["tab"].key: item["count"] for item in page.context["tabs"]}["tickets"] == 2
