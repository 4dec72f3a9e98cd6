"""Staff customer pages, the service overview, failed activations and the portal's services."""

import pytest
from django.urls import reverse

from accounts.models import SecurityEvent
from customers.activation import activation_job_create
from customers.models import ActivationJob, SubscriberService
from tests.customers.conftest import make_service, order_in_activation
from tests.factories import CustomerFactory


def test_search_by_each_key_goes_straight_to_the_single_match(client, manager, owner, plan):
    customer = owner.customer
    customer.tax_number = "7701234567"
    customer.save()
    service = make_service(customer=customer, plan=plan)
    client.force_login(manager)
    for key in (
        customer.number,
        customer.name[:4],
        "7701234567",
        service.contract_number,
        service.iccid,
        service.phone_number,
    ):
        response = client.get(reverse("customers_staff:list"), {"q": key})
        assert response.status_code == 302, key
        assert response.url == reverse("customers_staff:detail", args=[customer.pk])


def test_the_list_filters_and_keeps_its_query_count(client, manager, django_assert_max_num_queries):
    CustomerFactory.create_batch(30)
    client.force_login(manager)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("customers_staff:list"), {"kind": "person", "status": "active"})
    assert response.status_code == 200


@pytest.mark.parametrize("tab", ["services", "tickets", "orders", "interactions"])
def test_the_360_page_keeps_its_query_count_on_every_tab(
    client, manager, owner, plan, tab, django_assert_max_num_queries
):
    for _ in range(30):
        make_service(customer=owner.customer, plan=plan)
    for _ in range(15):
        order_in_activation(customer=owner.customer, by=manager, plan=plan)
    client.force_login(manager)
    with django_assert_max_num_queries(17):
        response = client.get(reverse("customers_staff:detail", args=[owner.customer.pk]), {"tab": tab})
    assert response.status_code == 200
    assert 'aria-current="page"' in response.content.decode()


def test_the_360_page_counts_the_open_orders_in_its_tab(client, manager, owner, plan):
    order_in_activation(customer=owner.customer, by=manager, plan=plan)
    client.force_login(manager)
    page = client.get(reverse("customers_staff:detail", args=[owner.customer.pk]), {"tab": "orders"}).content.decode()
    assert "Open orders" in page
    assert owner.customer.orders.get().number in page


def test_pin_puk_and_passport_are_not_in_the_page_without_the_permission(client, agent, owner, plan):
    customer = owner.customer
    customer.passport_number = "4510123456"
    customer.save()
    service = make_service(customer=customer, plan=plan)
    client.force_login(agent)
    page = client.get(reverse("customers_staff:service", args=[service.pk])).content.decode()
    assert "87654321" not in page and "1234 /" not in page
    assert "reveal-secrets" not in page
    response = client.post(reverse("customers_staff:service_reveal", args=[service.pk]), follow=True)
    assert "87654321" not in response.content.decode()
    assert not SecurityEvent.objects.filter(kind=SecurityEvent.Kind.IDENTITY_REVEALED).exists()


def test_a_reveal_shows_the_codes_and_leaves_an_audit_row(client, manager, owner, plan):
    service = make_service(customer=owner.customer, plan=plan)
    client.force_login(manager)
    assert "87654321" not in client.get(reverse("customers_staff:service", args=[service.pk])).content.decode()
    response = client.post(reverse("customers_staff:service_reveal", args=[service.pk]))
    assert "87654321" in response.content.decode()
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.IDENTITY_REVEALED, user=manager).count() == 1


def test_staff_suspend_a_service_with_a_reason_from_its_page(client, manager, owner, plan):
    service = make_service(customer=owner.customer, plan=plan)
    client.force_login(manager)
    url = reverse("customers_staff:service_move", args=[service.pk])
    response = client.post(url, {"action": "suspend", "comment": ""}, follow=True)
    assert "Say why" in response.content.decode()
    client.post(url, {"action": "suspend", "comment": "Lost phone"})
    service.refresh_from_db()
    assert service.status == SubscriberService.Status.SUSPENDED


def test_a_plan_not_on_sale_is_refused_with_a_message(client, manager, owner, plan, other_plan):
    other_plan.is_active = False
    other_plan.save()
    service = make_service(customer=owner.customer, plan=plan)
    client.force_login(manager)
    response = client.post(
        reverse("customers_staff:service_plan", args=[service.pk]), {"plan": other_plan.pk}, follow=True
    )
    assert "not on sale" in response.content.decode()
    service.refresh_from_db()
    assert service.plan == plan


def test_failed_activations_are_listed_and_retried(
    client, sales, owner, plan, settings, django_capture_on_commit_callbacks
):
    settings.ACTIVATION_RETRY_BASE_SECONDS = 0
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    order.__class__.objects.filter(pk=order.pk).update(status=order.Status.ACTIVATION_FAILED)
    job = ActivationJob.objects.create(order=order, status=ActivationJob.Status.FAILED, error="bind_sim: no answer")
    client.force_login(sales)
    assert "bind_sim: no answer" in client.get(reverse("customers_staff:failed")).content.decode()
    with django_capture_on_commit_callbacks(execute=False) as pending:
        client.post(reverse("customers_staff:job_retry", args=[job.pk]))
    order.refresh_from_db()
    assert order.status == order.Status.ACTIVATION  # back through the order's own move
    for callback in pending:  # once that commits, the job runs again
        callback()
    job.refresh_from_db()
    assert job.status == ActivationJob.Status.RUNNING


def test_customers_see_only_their_services(client, owner, outsider, plan):
    mine = make_service(customer=owner.customer, plan=plan)
    theirs = make_service(customer=outsider.customer, plan=plan)
    client.force_login(owner)
    page = client.get(reverse("customers_portal:list")).content.decode()
    assert mine.phone_number in page and theirs.phone_number not in page
    assert client.get(reverse("customers_staff:service", args=[theirs.pk])).status_code == 302


def test_the_step_log_page_and_its_partial(client, sales, owner, plan):
    order = order_in_activation(customer=owner.customer, by=sales, plan=plan)
    job = activation_job_create(order_id=order.pk)
    client.force_login(sales)
    page = client.get(reverse("customers_staff:job", args=[job.pk])).content.decode()
    assert "reserve_number" in page and 'data-running="1"' in page and "activation_steps.js" in page
    partial = client.get(reverse("customers_staff:job", args=[job.pk]), {"partial": 1}).content.decode()
    assert partial.lstrip().startswith('<div id="activation-steps"')
