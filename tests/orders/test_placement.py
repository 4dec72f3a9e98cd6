"""Placing orders in the portal and at the desk: prices from the catalogue, bad input refused cleanly."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from core.workflow import WorkflowError
from orders import services
from orders.models import Order, OrderAction, Product, TariffPlan
from orders.services import Item
from tests.factories import TEST_PASSWORD
from tests.orders.conftest import make_order, make_slot

S, P = Order.Status, Order.Payment


def login(client, user):
    assert client.login(username=user.username, password=TEST_PASSWORD)
    return client


def portal_post(branch, **extra):
    return {"type": Order.Type.NEW_CONNECTION, "delivery_method": "pickup", "branch": branch.pk, **extra}


def test_a_customer_orders_a_plan_and_a_router_and_it_waits_for_review(client, owner, plan, router, branch):
    login(client, owner)
    response = client.post(
        reverse("orders_portal:new"), portal_post(branch, **{f"qty_t{plan.pk}": 1, f"qty_p{router.pk}": 2})
    )
    order = Order.objects.get()
    assert response.status_code == 302 and response.url == reverse("orders_portal:detail", args=[order.pk])
    assert order.number == "O-000001"
    assert (order.status, order.payment_state, order.source) == (S.SUBMITTED, P.PENDING, Order.Source.PORTAL)
    assert order.customer == owner.customer and order.has_goods
    # 1650.00 + 2 × 4990.00 = 11630.00 net, 20 % tax
    assert (order.net_total, order.tax_total, order.gross_total) == (
        Decimal("11630.00"),
        Decimal("2326.00"),
        Decimal("13956.00"),
    )
    assert list(OrderAction.objects.filter(order=order).values_list("kind", flat=True)) == [
        "created",
        "submit",
        "request_payment",
    ]


def test_a_forged_price_tax_or_total_in_the_post_is_ignored(client, owner, router, branch):
    login(client, owner)
    client.post(
        reverse("orders_portal:new"),
        portal_post(
            branch,
            type=Order.Type.EQUIPMENT,
            **{f"qty_p{router.pk}": 1, "price": "1", "unit_price": "0.01", "tax_rate": "0", "gross_total": "1"},
        ),
    )
    line = Order.objects.get().lines.get()
    assert (line.unit_price, line.tax_rate, line.gross_amount) == (
        Decimal("4990.00"),
        Decimal("20.00"),
        Decimal("5988.00"),
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"qty_p{router}": "-1"}, "greater than or equal to 0"),
        ({"qty_p{router}": "0"}, "Add at least one item"),
        ({"qty_p{router}": "1", "desired_date": "2000-01-01"}, "cannot be in the past"),
        ({"qty_p{router}": "1", "status": "approved"}, "changes only through its actions"),
        ({"qty_p{router}": "1", "customer": "{other}"}, "only order for your own account"),
        ({"qty_p{router}": "1", "qty_p{retired}": "1"}, "is no longer sold"),
        ({"qty_p{router}": "1", "delivery_method": "courier", "delivery_address": ""}, "Enter the delivery address"),
    ],
)
def test_bad_input_gets_a_clear_message_and_nothing_is_saved(client, owner, outsider, router, branch, extra, message):
    retired = Product.objects.create(name="Old modem", sku="OLD-1", price=Decimal("10.00"), is_active=False)
    data = {
        key.format(router=router.pk, retired=retired.pk): value.format(other=outsider.customer_id)
        for key, value in extra.items()
    }
    login(client, owner)
    response = client.post(reverse("orders_portal:new"), portal_post(branch, **data))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Order.objects.exists()


def test_a_plan_no_longer_sold_stays_on_the_orders_that_used_it(owner, plan, branch):
    order = services.order_create(
        by=owner, customer=owner.customer, type=Order.Type.UPGRADE, items=[Item(plan, 1)], branch=branch
    )
    TariffPlan.objects.filter(pk=plan.pk).update(is_active=False, monthly_fee=Decimal("999.00"))
    line = order.lines.get()
    assert (line.name, line.unit_price) == ("Fibre 500", Decimal("1650.00"))
    with pytest.raises(WorkflowError, match="no longer sold"):
        plan.refresh_from_db()
        services.order_create(
            by=owner, customer=owner.customer, type=Order.Type.UPGRADE, items=[Item(plan, 1)], branch=branch
        )


def test_a_plan_sold_only_from_tomorrow_is_not_offered(client, owner, plan):
    TariffPlan.objects.filter(pk=plan.pk).update(sold_from=timezone.localdate() + timedelta(days=1))
    login(client, owner)
    assert "Fibre 500" not in client.get(reverse("orders_portal:new")).content.decode()


def test_sales_places_a_draft_for_a_customer_and_submits_it_later(client, sales, owner, router, branch):
    login(client, sales)
    response = client.post(
        reverse("orders_staff:new"),
        {
            "customer": owner.customer_id,
            "type": Order.Type.EQUIPMENT,
            "delivery_method": "courier",
            "delivery_address": "5 Garden road",
            f"qty_p{router.pk}": 3,
            "draft": "1",
        },
    )
    order = Order.objects.get()
    assert response.url == order.get_absolute_url()
    assert (order.status, order.source, order.created_by) == (S.DRAFT, Order.Source.STAFF, sales)
    client.post(reverse("orders_staff:move", args=[order.pk, "submit"]))
    order.refresh_from_db()
    assert (order.status, order.payment_state) == (S.SUBMITTED, P.PENDING)


def test_a_draft_can_be_deleted_a_submitted_order_never(client, sales, owner):
    draft = make_order(customer=owner.customer, created_by=sales, status=S.DRAFT)
    submitted = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    login(client, sales)
    client.post(reverse("orders_staff:delete", args=[draft.pk]))
    response = client.post(reverse("orders_staff:delete", args=[submitted.pk]), follow=True)
    assert not Order.objects.filter(pk=draft.pk).exists()
    assert Order.objects.filter(pk=submitted.pk).exists()
    assert "never deleted" in response.content.decode()


def test_the_address_cannot_change_after_shipping(client, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, type=Order.Type.EQUIPMENT, status=S.SHIPPED)
    login(client, owner)
    response = client.post(
        reverse("orders_portal:move", args=[order.pk, "change_delivery"]),
        {"delivery_method": "courier", "delivery_address": "Elsewhere 1"},
        follow=True,
    )
    order.refresh_from_db()
    assert order.delivery_address == "5 Garden road"
    assert "is not possible in the status" in response.content.decode()


def test_the_customer_changes_the_address_before_shipping(client, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, type=Order.Type.EQUIPMENT, status=S.APPROVED)
    login(client, owner)
    client.post(
        reverse("orders_portal:move", args=[order.pk, "change_delivery"]),
        {"delivery_method": "post", "delivery_address": "Elsewhere 1"},
    )
    order.refresh_from_db()
    assert (order.delivery_method, order.delivery_address) == ("post", "Elsewhere 1")


def test_a_slot_in_the_past_or_already_taken_is_refused(client, owner, sales, branch, technician):
    order = make_order(customer=owner.customer, created_by=sales, status=S.APPROVED, branch=branch)
    other = make_order(customer=owner.customer, created_by=sales, status=S.SCHEDULED, branch=branch)
    past = make_slot(branch=branch, technician=technician, hours_ahead=-3)
    taken = make_slot(branch=branch, technician=technician, hours_ahead=30)
    taken.order = other
    taken.save()
    login(client, owner)
    url = reverse("orders_portal:move", args=[order.pk, "schedule"])
    first = client.post(url, {"slot": past.pk}, follow=True).content.decode()
    second = client.post(url, {"slot": taken.pk}, follow=True).content.decode()
    order.refresh_from_db()
    assert order.status == S.APPROVED
    assert "in the past" in first and "just been taken" in second


def test_the_customer_books_a_slot_and_asks_to_reschedule(client, owner, sales, branch, technician):
    order = make_order(customer=owner.customer, created_by=sales, status=S.APPROVED, branch=branch)
    slot = make_slot(branch=branch, technician=technician)
    login(client, owner)
    client.post(reverse("orders_portal:move", args=[order.pk, "schedule"]), {"slot": slot.pk})
    client.post(reverse("orders_portal:move", args=[order.pk, "request_reschedule"]), {"comment": "Mornings only"})
    order.refresh_from_db()
    slot.refresh_from_db()
    assert (order.status, slot.order_id, order.reschedule_request) == (S.SCHEDULED, order.pk, "Mornings only")
    page = client.get(order.get_portal_url()).content.decode()
    assert "Ted Tech" in page


def test_cancelling_releases_the_slot_and_the_payment_due(owner, sales, branch, technician):
    order = make_order(customer=owner.customer, created_by=sales, status=S.APPROVED, branch=branch)
    slot = make_slot(branch=branch, technician=technician)
    order = services.order_move(order=order, by=sales, move="schedule", values={"slot": slot})
    order = services.order_cancel(order=order, by=sales, reason="Customer moved away")
    slot.refresh_from_db()
    assert (order.status, order.payment_state, order.reason, slot.order_id) == (
        S.CANCELLED,
        P.NOT_REQUIRED,
        "Customer moved away",
        None,
    )


def test_a_cancel_without_a_reason_is_refused(client, owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED)
    login(client, sales)
    response = client.post(reverse("orders_staff:move", args=[order.pk, "cancel"]), {"comment": " "}, follow=True)
    order.refresh_from_db()
    assert order.status == S.SUBMITTED
    assert "Say why the order is cancelled." in response.content.decode()


def test_partial_then_full_refund(owner, sales, finance):
    order = make_order(customer=owner.customer, created_by=sales, status=S.CANCELLED, payment_state=P.PAID)
    order = services.order_move(order=order, by=finance, move="refund", values={"amount": Decimal("20.00")})
    assert (order.payment_state, order.refunded_amount) == (P.PARTLY_REFUNDED, Decimal("20.00"))
    with pytest.raises(WorkflowError, match="at most 100.00"):
        services.order_move(order=order, by=finance, move="refund", values={"amount": Decimal("100.01")})
    order = services.order_move(order=order, by=finance, move="refund")
    assert (order.payment_state, order.refunded_amount) == (P.REFUNDED, Decimal("120.00"))


def test_many_lines_with_awkward_prices_get_exact_totals(owner, branch):
    items = [
        Item(Product.objects.create(name="Cable", sku="C1", price=Decimal("0.10"), tax_rate=Decimal("20")), 3),
        Item(Product.objects.create(name="Clip", sku="C2", price=Decimal("0.05"), tax_rate=Decimal("10")), 7),
        Item(Product.objects.create(name="Plug", sku="C3", price=Decimal("0.33"), tax_rate=Decimal("20")), 3),
        Item(Product.objects.create(name="Router", sku="C4", price=Decimal("1999.99"), tax_rate=Decimal("20")), 2),
    ]
    order = services.order_create(
        by=owner, customer=owner.customer, type=Order.Type.EQUIPMENT, items=items, branch=branch
    )
    # net 0.30 + 0.35 + 0.99 + 3999.98; tax 0.06 + 0.04 (0.035 half up) + 0.20 (0.198) + 800.00 (799.996)
    assert (order.net_total, order.tax_total, order.gross_total) == (
        Decimal("4001.62"),
        Decimal("800.30"),
        Decimal("4801.92"),
    )
    assert sum(line.gross_amount for line in order.lines.all()) == order.gross_total


def test_sales_pick_the_customer_by_typing_its_number(client, sales, owner, router, branch):
    login(client, sales)
    page = client.get(reverse("orders_staff:new")).content.decode()
    assert "data-customer-picker" in page and "customer-picker.js" in page
    client.post(
        reverse("orders_staff:new"),
        {
            "customer_0": "",
            "customer_1": owner.customer.number,
            "type": Order.Type.EQUIPMENT,
            "delivery_method": "pickup",
            "branch": branch.pk,
            f"qty_p{router.pk}": 1,
        },
    )
    assert Order.objects.get().customer == owner.customer
