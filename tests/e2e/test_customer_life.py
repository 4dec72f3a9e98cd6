"""A customer's life in a real browser (issue 13): sales create the customer, open the 360 page,
reveal the passport (an audit row), order a plan for them; the order is approved, a technician's slot
booked, and the activation runs in a real Celery worker against the simulated network. The new
service then shows on the 360 page and in the customer's portal."""

import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from accounts.models import Branch, Customer, SecurityEvent
from customers.models import ActivationJob
from orders.models import Order, TariffPlan
from tests.e2e.helpers import log_in
from tests.e2e.test_order_life import open_form
from tests.factories import TEST_PASSWORD, CustomerUserFactory, StaffUserFactory
from tests.notifications.live import Worker, require_postgres, require_redis, wait_until
from tests.notifications.stubs import celery_broker
from tests.orders.conftest import make_slot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
S = Order.Status
WORKER_ENV = {"ACTIVATION_RETRY_BASE_SECONDS": "0", "ACTIVATION_MAX_ATTEMPTS": "3"}


@pytest.fixture
def worker(tmp_path):
    require_postgres()
    broker = require_redis()
    with Worker(broker=broker, log_dir=tmp_path, env=WORKER_ENV) as live, celery_broker(broker, queue=live.queue):
        yield live


def test_staff_create_a_customer_and_their_order_activates_through_the_worker(live_server, new_page, worker):
    branch = Branch.objects.create(name="Central branch", address="1 Main street")
    plan = TariffPlan.objects.create(name="Mobile 30", technical_name="mobile-30", monthly_fee=Decimal("0.00"))
    sally = StaffUserFactory(username="sally", role="Sales")
    sally.user_permissions.add(Permission.objects.get(codename="view_customer_identity"))
    ted = StaffUserFactory(username="ted", role="Technician", first_name="Ted", last_name="Fixit")
    make_slot(branch=branch, technician=ted, hours_ahead=50)
    sales = new_page("sales")
    log_in(sales, live_server.url, "sally", TEST_PASSWORD)

    # Sales create the customer.
    sales.goto(f"{live_server.url}/staff/customers/")
    with sales.expect_navigation():
        sales.click("#customer-new")
    sales.select_option("#id_kind", "person")
    sales.fill("#id_name", "Pavel Orlov")
    sales.fill("#id_email", "pavel@example.com")
    sales.fill("#id_phone", "+79161112233")
    sales.select_option("#id_branch", label="Central branch")
    sales.fill("#id_channel_code", "DIST-7")
    sales.fill("#id_passport_number", "4510 123456")
    sales.fill("#id_passport_issued_by", "OVD Tverskoy")
    with sales.expect_navigation():
        sales.click("form button[type=submit]:has-text('Save')")
    customer = Customer.objects.get(name="Pavel Orlov")
    expect(sales).to_have_url(re.compile(rf"/staff/customers/{customer.pk}/$"))
    assert (customer.branch, customer.channel_code) == (branch, "DIST-7")

    # The 360 page masks the passport; revealing it shows it and leaves an audit row.
    expect(sales.locator("#identity")).not_to_contain_text("4510 123456")
    with sales.expect_navigation():
        sales.click("#reveal-identity")
    expect(sales.locator("#identity")).to_contain_text("4510 123456")
    assert SecurityEvent.objects.filter(
        kind=SecurityEvent.Kind.IDENTITY_REVEALED, user=sally, identifier=customer.number
    ).exists()

    # An order for them, from the 360 page's button.
    with sales.expect_navigation():
        sales.click("a:has-text('New order')")
    sales.fill("#id_customer_1", customer.number)
    sales.select_option("#id_type", "new_connection")
    sales.fill(f"#id_qty_t{plan.pk}", "1")
    sales.select_option("#id_delivery_method", "pickup")
    sales.select_option("#id_branch", label="Central branch")
    with sales.expect_navigation():
        sales.click("#submit-order")
    order = Order.objects.get(customer=customer)
    expect(sales).to_have_url(re.compile(rf"/staff/orders/{order.pk}/$"))

    # Approved, a slot booked, activation started: the worker provisions the service.
    open_form(sales, "approve", comment="Documents checked")
    open_form(sales, "schedule", slot="")
    with sales.expect_navigation():
        sales.click("#action-start_activation")
    done = lambda: ActivationJob.objects.filter(order=order, status="succeeded").exists()  # noqa: E731
    assert wait_until(done, timeout=60), worker.log()
    order.refresh_from_db()
    assert order.status in (S.ACTIVATED, S.COMPLETED)
    number = order.subscriber_service.phone_number

    # The service is on the 360 page...
    sales.goto(f"{live_server.url}/staff/customers/{customer.pk}/?tab=services")
    expect(sales.locator("body")).to_contain_text(number)
    # ...and in the customer's portal.
    CustomerUserFactory(username="pavel", email="pavel@example.com", customer=customer)
    portal = new_page("customer")
    log_in(portal, live_server.url, "pavel", TEST_PASSWORD)
    portal.goto(f"{live_server.url}/portal/services/")
    expect(portal.locator("body")).to_contain_text(number)
    expect(portal.locator("body")).to_contain_text("Mobile 30")
