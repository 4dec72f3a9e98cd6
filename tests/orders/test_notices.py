"""Every move tells the customer through the outbox, by their channels; an account without a
portal user is told at its contact address, by e-mail and SMS."""

import pytest
from django.core import mail

from core.workflow import WorkflowError
from notifications.models import OutboxMessage
from orders import services
from orders.models import Order
from tests.factories import CustomerFactory
from tests.orders.conftest import make_order, make_slot

S, P = Order.Status, Order.Payment


def test_every_move_writes_to_the_outbox_in_the_customers_language(
    owner, sales, finance, technician, branch, django_capture_on_commit_callbacks, settings
):
    # Only the order's own notices: billing's invoice e-mail is tested in tests/billing/test_order_invoices.py.
    settings.BILLING_INVOICE_ORDERS_ON = "off"
    owner.language, owner.notify_by_sms, owner.phone = "ru", True, "+79161234567"
    owner.save()
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED, branch=branch)
    slot = make_slot(branch=branch, technician=technician)
    moves = [
        (sales, "approve", {}),
        (owner, "schedule", {"slot": slot}),
        (finance, "mark_paid", {}),
        (sales, "ship", {"tracking_reference": "TRK-9"}),
        (technician, "start_activation", {}),
        (technician, "confirm_activation", {}),
        (technician, "complete", {}),
    ]
    for user, move, values in moves:
        with django_capture_on_commit_callbacks(execute=True):
            services.order_move(order=order, by=user, move=move, values=values)
    rows = OutboxMessage.objects.filter(user=owner).order_by("pk")
    assert rows.filter(channel="email").count() == len(moves)
    assert rows.filter(channel="sms").count() == len(moves)
    subjects = [message.subject for message in mail.outbox]
    assert any("TRK-9" in message.body for message in mail.outbox)
    assert any("Ted Tech" in message.body for message in mail.outbox)
    assert all(order.number in subject for subject in subjects) and len(subjects) == len(moves)
    assert any("Заказ" in subject for subject in subjects)


def test_an_account_without_a_portal_user_is_told_at_its_contact(sales):
    walk_in = CustomerFactory(email="walkin@example.com", phone="+79160000001")
    order = make_order(customer=walk_in, created_by=sales, status=S.SUBMITTED)
    services.order_move(order=order, by=sales, move="approve")
    rows = OutboxMessage.objects.filter(customer=walk_in, event="order_status_changed")
    assert sorted(rows.values_list("channel", "to")) == [("email", "walkin@example.com"), ("sms", "+79160000001")]


def test_a_refused_move_tells_nobody(owner, sales):
    order = make_order(customer=owner.customer, created_by=sales, status=S.COMPLETED)
    with pytest.raises(WorkflowError):
        services.order_move(order=order, by=sales, move="approve")
    assert not OutboxMessage.objects.exists()
