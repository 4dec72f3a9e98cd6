"""Staff "delete" a customer: it is deactivated, never removed; its users are told and can no longer
log in; reactivation undoes it. The admin never deletes a customer either."""

import pytest
from django.urls import reverse

from accounts.models import Customer
from accounts.services import LoginRefused, login_check_allowed
from core.workflow import WorkflowError
from customers import services
from notifications.models import OutboxMessage
from orders.models import Order
from tests.billing.conftest import make_invoice
from tests.factories import StaffUserFactory
from tests.orders.conftest import make_order
from tickets import services as ticket_services
from tickets.models import Queue


@pytest.fixture
def busy(owner, sales):
    """Account A with an order, a ticket and an invoice."""
    customer = owner.customer
    make_order(customer=customer, created_by=sales)
    ticket_services.ticket_create(
        by=owner,
        customer=customer,
        queue=Queue.objects.create(name="Support"),
        subject="No internet",
        text="Since morning.",
        contact_name="Alice",
        contact_phone="+74951112233",
        files=[],
    )
    make_invoice(customer, StaffUserFactory(role="Finance"))
    return customer


def counts(customer):
    return (customer.orders.count(), customer.tickets.count(), customer.invoices.count())


def test_deleting_a_customer_with_orders_tickets_and_invoices_deactivates_it_and_removes_nothing(
    client, busy, sales, owner, django_capture_on_commit_callbacks
):
    before = counts(busy)
    assert before == (1, 1, 1)
    customer_client = client.__class__()
    customer_client.force_login(owner)
    client.force_login(sales)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("customers_staff:delete", args=[busy.pk]), {"reason": "Moved abroad"})
    assert response.status_code == 302
    busy.refresh_from_db()
    assert busy.status == Customer.Status.DEACTIVATED
    assert busy.suspension_reason == "Moved abroad" and busy.deactivated_at is not None
    assert counts(busy) == before
    assert "Moved abroad" in busy.history.first().history_change_reason
    notice = OutboxMessage.objects.get(event="customer_status_changed")
    assert notice.context["comment"] == "Moved abroad" and notice.context["status_label"] == "Deactivated"
    # Logins closed: the live session ends, a new login is refused with a message.
    response = customer_client.get(reverse("orders_portal:list"))
    assert response.status_code == 302 and reverse("accounts:login") in response.url
    owner.refresh_from_db()
    with pytest.raises(LoginRefused, match="closed"):
        login_check_allowed(user=owner)
    # The 360 page still shows it, with everything that refers to it.
    page = client.get(reverse("customers_staff:detail", args=[busy.pk]), {"tab": "orders"}).content.decode()
    assert 'id="customer-deactivated"' in page
    assert busy.orders.get().number in page


def test_reactivation_reopens_the_logins(client, busy, sales, owner):
    services.customer_deactivate(customer=busy, reason="Moved abroad", by=sales)
    client.force_login(sales)
    client.post(reverse("customers_staff:reactivate", args=[busy.pk]), {"reason": "Came back"})
    busy.refresh_from_db()
    assert (busy.status, busy.deactivated_at, busy.suspension_reason) == (Customer.Status.ACTIVE, None, "")
    owner.refresh_from_db()
    login_check_allowed(user=owner)


@pytest.mark.parametrize(
    ("who", "reason", "message"),
    [("Sales", "", "Say why"), ("Support agent", "Fraud", None), ("Sales", "again", "already deactivated")],
)
def test_bad_deletes_change_nothing(client, busy, sales, who, reason, message):
    if message == "already deactivated":
        services.customer_deactivate(customer=busy, reason="first", by=sales)
    status = Customer.objects.get(pk=busy.pk).status
    history = busy.history.count()
    client.force_login(StaffUserFactory(role=who))
    response = client.post(reverse("customers_staff:delete", args=[busy.pk]), {"reason": reason}, follow=True)
    if message:
        assert message in response.content.decode()
    else:
        assert response.status_code == 403
    busy.refresh_from_db()
    assert busy.status == status and busy.history.count() == history
    assert counts(busy) == (1, 1, 1)


def test_the_service_refuses_without_the_permission(busy):
    with pytest.raises(WorkflowError):
        services.customer_deactivate(customer=busy, reason="x", by=StaffUserFactory(role="Technician"))


def test_the_admin_never_deletes_a_customer(client, busy, db):
    from accounts.models import User

    admin = User.objects.create_superuser("root", "root@example.com", "x-Very-long-pass-1")
    client.force_login(admin)
    changelist = client.get(reverse("admin:accounts_customer_changelist"))
    assert changelist.status_code in (200, 302)
    response = client.post(reverse("admin:accounts_customer_delete", args=[busy.pk]), {"post": "yes"})
    assert response.status_code in (302, 403)
    assert Customer.objects.filter(pk=busy.pk).exists()
    assert counts(busy) == (1, 1, 1)
    assert Order.objects.filter(customer=busy).exists()
