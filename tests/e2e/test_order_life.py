"""The whole life of an order in a real browser (issue 12), with its e-mails and SMS.

A customer orders a plan and a router in the portal; sales approves it from the
desk; the customer books the technician's slot; finance marks it paid; sales
ships it with a tracking reference; the technician activates and completes it.
After each step the customer's step bar shows it, an e-mail arrives in the
test's SMTP server and an SMS in Kannel's fake SMSC.
"""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from accounts.models import Branch
from notifications.delivery import _template_cache
from orders.models import Order, Product, TariffPlan
from tests.e2e.helpers import log_in
from tests.e2e.test_ticket_life import body, expect_mail, mails, smtp  # noqa: F401 - the fixture
from tests.factories import TEST_PASSWORD, CustomerFactory, CustomerUserFactory, StaffUserFactory
from tests.integration.kannel import Kannel, require_kannel
from tests.notifications.live import wait_until
from tests.orders.conftest import make_slot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
S = Order.Status
MOBILE = "+79161234567"


@pytest.fixture
def kannel(tmp_path, settings):
    require_kannel()
    with Kannel(tmp_path / "kannel", max_messages=6) as running:
        settings.SMS_BACKEND = "notifications.sms.KannelGateway"
        settings.KANNEL_SENDSMS_URL = running.sendsms_url
        settings.KANNEL_USERNAME, settings.KANNEL_PASSWORD = running.username, running.password
        settings.KANNEL_MAX_MESSAGES = 6
        settings.NOTIFICATIONS_SMS_MAX_PARTS = 6
        settings.SMS_SENDER = "OMSPortal"
        settings.NOTIFICATIONS_TEMPLATE_CACHE_SECONDS = 0
        _template_cache.clear()
        yield running


def sms_to(kannel: Kannel, number: str) -> list[str]:
    digits = number.lstrip("+")
    return [sms.text for sms in kannel.received if sms.receiver.lstrip("+") == digits]


def step(page, status: str):
    return page.locator(f"#order-steps [data-status={status}]")


def open_form(page, name: str, **fields) -> None:
    page.click(f"#open-{name}")
    form = page.locator(f"#move-{name}")
    expect(form).to_be_visible()
    for field, value in fields.items():
        control = form.locator(f"[name={field}]")
        if control.evaluate("el => el.tagName") == "SELECT":
            control.select_option(index=0)
        else:
            control.fill(value)
    with page.expect_navigation():
        page.click(f"#confirm-{name}")


def test_an_order_goes_from_the_portal_to_activation(live_server, new_page, smtp, kannel):  # noqa: F811
    branch = Branch.objects.create(name="Central branch", address="1 Main street")
    plan = TariffPlan.objects.create(
        name="Fibre 500", technical_name="fibre-500", monthly_fee=Decimal("650.00"), one_off_fee=Decimal("1000.00")
    )
    router = Product.objects.create(name="Wi-Fi router AX3000", sku="RT-AX3000", price=Decimal("4990.00"))
    account = CustomerFactory(name="Olga Smirnova", address="12 Lenina street, flat 4")
    olga = CustomerUserFactory(
        username="olga", email="olga@example.com", customer=account, phone=MOBILE, notify_by_sms=True
    )
    StaffUserFactory(username="sally", role="Sales")
    StaffUserFactory(username="fiona", role="Finance")
    ted = StaffUserFactory(username="ted", role="Technician", first_name="Ted", last_name="Fixit")
    make_slot(branch=branch, technician=ted, hours_ahead=50)

    customer, sales, finance, technician = (new_page(name) for name in ("customer", "sales", "finance", "tech"))
    for page, username in ((customer, "olga"), (sales, "sally"), (finance, "fiona"), (technician, "ted")):
        log_in(page, live_server.url, username, TEST_PASSWORD)

    invoices = {"sent": 0}  # billing issues the order's invoice on approval (BILLING_INVOICE_ORDERS_ON), by SMS too

    def told(count: int) -> None:
        """The customer has `count` order e-mails and as many SMS (besides the invoice's)."""
        sms = count + invoices["sent"]
        wait_until(lambda: len(sms_to(kannel, MOBILE)) >= sms, timeout=10)
        emails = mails(smtp, "order_status_changed", olga.email) + mails(smtp, "order_payment_changed", olga.email)
        assert len(emails) == count, [m["Subject"] for m in emails]
        assert len(sms_to(kannel, MOBILE)) == sms, kannel.logs()

    # The customer orders the plan and a router, delivered by courier.
    customer.goto(f"{live_server.url}/portal/orders/new/")
    customer.select_option("#id_type", "new_connection")
    customer.fill(f"#id_qty_t{plan.pk}", "1")
    customer.fill(f"#id_qty_p{router.pk}", "1")
    customer.select_option("#id_delivery_method", "courier")
    customer.fill("#id_delivery_address", "12 Lenina street, flat 4")
    customer.select_option("#id_branch", label="Central branch")
    with customer.expect_navigation():
        customer.click("#place-order")
    order = Order.objects.get(customer=account)
    expect(customer).to_have_url(re.compile(rf"/portal/orders/{order.pk}/$"))
    expect(customer.locator("#total-gross")).to_contain_text("7,968.00")
    expect(step(customer, S.SUBMITTED)).to_have_attribute("data-state", "done")
    expect(step(customer, S.APPROVED)).to_have_attribute("data-state", "current")
    assert order.number in expect_mail(smtp, "order_status_changed", olga.email)["Subject"]
    told(2)  # received, and payment due

    # Sales approves it from the desk's row button.
    sales.goto(f"{live_server.url}/staff/orders/?status=submitted")
    with sales.expect_navigation():
        sales.click(f"#row-{order.pk}-approve")
    customer.reload()
    expect(step(customer, S.APPROVED)).to_have_attribute("data-state", "done")
    expect_mail(smtp, "invoice_issued", olga.email)  # the order's invoice, made from its lines
    invoices["sent"] = 1
    told(3)

    # The customer books the technician's free slot.
    open_form(customer, "schedule", slot="")
    expect(step(customer, S.SCHEDULED)).to_have_attribute("data-state", "done")
    expect(step(customer, S.SCHEDULED)).to_contain_text("Ted Fixit")
    told(4)
    assert "Ted Fixit" in body(mails(smtp, "order_status_changed", olga.email)[-1])

    # Finance marks it paid.
    finance.goto(f"{live_server.url}/staff/orders/{order.pk}/")
    open_form(finance, "mark_paid", comment="Bank transfer 2211")
    expect(finance.locator("#order-payment")).to_have_text("Paid")
    told(5)

    # Sales ships the router with a tracking reference.
    sales.goto(f"{live_server.url}/staff/orders/{order.pk}/")
    open_form(sales, "ship", tracking_reference="CDEK-123456789")
    customer.reload()
    expect(step(customer, S.SHIPPED)).to_have_attribute("data-state", "done")
    expect(step(customer, S.SHIPPED)).to_contain_text("CDEK-123456789")
    told(6)
    assert any("CDEK-123456789" in text for text in sms_to(kannel, MOBILE))

    # The technician installs it and starts activation: the activation job (customers app, simulated
    # network) provisions the service, confirms the activation and completes the order by itself.
    technician.goto(f"{live_server.url}/staff/orders/{order.pk}/")
    with technician.expect_navigation():
        technician.click("#action-start_activation")
    wait_until(lambda: Order.objects.get(pk=order.pk).status == S.COMPLETED, timeout=20)
    customer.reload()
    for status in (S.SUBMITTED, S.APPROVED, S.SCHEDULED, S.SHIPPED, S.ACTIVATED, S.COMPLETED):
        expect(step(customer, status)).to_have_attribute("data-state", "done")
    expect(customer.locator("#order-status")).to_have_text("Completed")
    emails = mails(smtp, "order_status_changed", olga.email) + mails(smtp, "order_payment_changed", olga.email)
    assert len(emails) == 9, [m["Subject"] for m in emails]
    wait_until(lambda: len(sms_to(kannel, MOBILE)) >= 10, timeout=10)  # the invoice's, and the welcome message
    order.refresh_from_db()
    assert (order.status, order.payment_state, order.tracking_reference) == (
        S.COMPLETED,
        Order.Payment.PAID,
        "CDEK-123456789",
    )
