"""The portal timeline and the customer's messages show what is written for them (a rejection's or a
cancellation's reason), never a staff note such as the one on an approval."""

import pytest

from orders import services
from orders.models import Order
from tests.factories import TEST_PASSWORD
from tests.orders.conftest import make_order

pytestmark = pytest.mark.django_db
S = Order.Status


def portal_html(client, user, order) -> str:
    assert client.login(username=user.username, password=TEST_PASSWORD)
    return client.get(order.get_portal_url()).content.decode()


def test_the_portal_timeline_hides_staff_notes_but_shows_the_reason(client, owner, sales, branch):
    approved = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED, branch=branch)
    services.order_move(order=approved, by=sales, move="approve", values={"comment": "Internal: credit check skipped"})
    rejected = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED, branch=branch)
    services.order_move(order=rejected, by=sales, move="reject", values={"comment": "Address outside our network"})

    assert "credit check skipped" not in portal_html(client, owner, approved)
    assert "Address outside our network" in portal_html(client, owner, rejected)


def test_staff_still_see_the_note(client, sales, owner, branch):
    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED, branch=branch)
    services.order_move(order=order, by=sales, move="approve", values={"comment": "Internal: credit check skipped"})
    assert client.login(username=sales.username, password=TEST_PASSWORD)
    assert "credit check skipped" in client.get(order.get_absolute_url()).content.decode()


def test_the_customers_message_carries_no_staff_note(owner, sales, branch, django_capture_on_commit_callbacks):
    from django.core import mail

    order = make_order(customer=owner.customer, created_by=sales, status=S.SUBMITTED, branch=branch)
    with django_capture_on_commit_callbacks(execute=True):
        services.order_move(order=order, by=sales, move="approve", values={"comment": "Internal: credit check skipped"})
    assert mail.outbox
    assert not any("credit check skipped" in message.body for message in mail.outbox)
