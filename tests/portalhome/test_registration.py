"""Self-registration: the link by e-mail, joining an account, the pending customer and its review."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import authenticate
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from accounts.models import Customer, User
from notifications.bench.live import SmtpSink
from portalhome.models import Registration
from portalhome.services import TOKEN_SALT, registration_token
from tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db
PASSWORD = "Correct-Horse-Battery-9"


def sign_up(client, callbacks, **fields):
    data = {"name": "Dana Scully", "email": "dana@example.com", "phone": "", "reference": "", **fields}
    with callbacks(execute=True):
        return client.post(reverse("portalhome:register"), data)


def link_in(body: str) -> str:
    return re.search(r"https?://\S+/accounts/register/confirm/\S+/", body).group(0)


def confirm(client, url, password=PASSWORD):
    path = url.split("://", 1)[1].split("/", 1)[1]
    return client.post("/" + path, {"password1": password, "password2": password})


def test_the_link_arrives_at_the_smtp_server_and_sets_the_password(
    client, settings, django_capture_on_commit_callbacks
):
    with SmtpSink() as sink:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        response = sign_up(client, django_capture_on_commit_callbacks)
        assert response.status_code == 302
        assert sink.wait_for(1, timeout=10)
        message = sink.messages[0]
    assert message["To"].addresses[0].addr_spec == "dana@example.com"
    body = message.get_body(preferencelist=("plain",)).get_content()
    page = confirm(client, link_in(body))
    assert "We review your registration" in page.content.decode()
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.PENDING
    assert registration.customer.status == Customer.Status.SUSPENDED
    assert not registration.user.is_active


def test_an_existing_customer_joins_by_number_and_email(client, mailoutbox, django_capture_on_commit_callbacks):
    account = CustomerFactory(email="dana@example.com")
    sign_up(client, django_capture_on_commit_callbacks, reference=account.number.lower())
    page = confirm(client, link_in(mailoutbox[0].body))
    assert "You are now a user of your customer account" in page.content.decode()
    user = User.objects.get(email="dana@example.com")
    assert user.customer == account and user.is_active and user.groups.filter(name="Customer").exists()
    assert authenticate(username="dana@example.com", password=PASSWORD) == user


def test_a_number_of_another_account_is_refused_and_creates_nothing(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    other = CustomerFactory(email="someone-else@example.com")
    sign_up(client, django_capture_on_commit_callbacks, reference=other.number)
    customers = Customer.objects.count()
    response = confirm(client, link_in(mailoutbox[0].body))
    assert response.status_code == 400
    assert "belongs to an account with another e-mail address" in response.content.decode()
    assert Customer.objects.count() == customers and not User.objects.filter(email="dana@example.com").exists()


def test_a_second_sign_up_for_the_same_email_gets_the_same_answer_and_nothing_new(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    first = sign_up(client, django_capture_on_commit_callbacks)
    second = sign_up(client, django_capture_on_commit_callbacks, email="DANA@example.com")
    assert first["Location"] == second["Location"] == reverse("portalhome:register_sent")
    assert Registration.objects.count() == 1 and len(mailoutbox) == 1


def test_an_address_with_a_login_gets_the_same_answer_and_nothing_is_sent(
    client, owner, mailoutbox, django_capture_on_commit_callbacks
):
    response = sign_up(client, django_capture_on_commit_callbacks, email=owner.email)
    assert response["Location"] == reverse("portalhome:register_sent")
    assert not Registration.objects.exists() and mailoutbox == []


def test_a_reused_link_is_refused(client, mailoutbox, django_capture_on_commit_callbacks):
    sign_up(client, django_capture_on_commit_callbacks)
    url = link_in(mailoutbox[0].body)
    confirm(client, url)
    again = confirm(client, url, password="Another-Password-77")
    assert again.status_code == 400 and "already been used" in again.content.decode()
    assert User.objects.filter(email="dana@example.com").count() == 1


def test_an_expired_link_is_refused(client, settings):
    registration = Registration.objects.create(name="Dana", email="dana@example.com")
    token = registration_token(registration)
    settings.REGISTRATION_LINK_HOURS = 0
    response = client.get(reverse("portalhome:register_confirm", args=[token]))
    assert response.status_code == 400 and "expired" in response.content.decode()


def test_a_forged_link_is_refused(client):
    forged = signing.dumps({"r": 1}, salt="something-else")
    response = client.get(reverse("portalhome:register_confirm", args=[forged]))
    assert response.status_code == 400 and "not valid" in response.content.decode()
    assert signing.loads(signing.dumps({"r": 1}, salt=TOKEN_SALT), salt=TOKEN_SALT) == {"r": 1}


def test_twenty_sign_ups_from_one_address_are_rate_limited(client, mailoutbox, django_capture_on_commit_callbacks):
    answers = [
        sign_up(client, django_capture_on_commit_callbacks, email=f"p{i}@example.com").status_code for i in range(20)
    ]
    assert answers.count(302) == 5 and answers.count(429) == 15
    assert Registration.objects.count() == 5


def test_registration_can_be_turned_off(client, settings):
    settings.REGISTRATION_OPEN = False
    response = client.post(reverse("portalhome:register"), {"name": "X", "email": "x@example.com"})
    assert response.status_code == 404 and "Registration is closed" in response.content.decode()
    assert not Registration.objects.exists()


def test_bad_input_is_answered_on_the_form(client):
    response = client.post(reverse("portalhome:register"), {"name": "", "email": "not-an-address"})
    assert response.status_code == 200 and not Registration.objects.exists()


def test_the_pending_customer_appears_in_the_review_queue_and_is_approved(
    client, agent, mailoutbox, django_capture_on_commit_callbacks
):
    sign_up(client, django_capture_on_commit_callbacks)
    confirm(client, link_in(mailoutbox[0].body))
    registration = Registration.objects.get()
    client.force_login(agent)
    page = client.get(reverse("portalhome:registrations")).content.decode()
    assert "dana@example.com" in page and f'id="approve-{registration.pk}"' in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("portalhome:registration_move", args=[registration.pk]), {"action": "approve"})
    registration.refresh_from_db()
    assert registration.status == Registration.Status.APPROVED and registration.reviewed_by == agent
    assert registration.user.is_active and registration.customer.status == Customer.Status.ACTIVE
    assert "dana@example.com" in mailoutbox[-1].to[0] and "approved" in mailoutbox[-1].subject


def test_an_old_unconfirmed_sign_up_does_not_block_a_new_one(client, mailoutbox, django_capture_on_commit_callbacks):
    old = Registration.objects.create(name="Dana", email="dana@example.com")
    Registration.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=30))
    sign_up(client, django_capture_on_commit_callbacks)
    assert Registration.objects.count() == 2 and len(mailoutbox) == 1


def _contract(customer, number="K-000042"):
    from billing.models import Contract

    today = timezone.localdate()
    return Contract.objects.create(
        number=number,
        name="Internet",
        customer=customer,
        start_date=today,
        end_date=today + timedelta(days=365),
        amount=0,
        status=Contract.Status.ACTIVE,
    )


def test_an_existing_customer_joins_by_contract_number_and_email(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    account = CustomerFactory(email="dana@example.com")
    _contract(account)
    sign_up(client, django_capture_on_commit_callbacks, reference="k-42")
    page = confirm(client, link_in(mailoutbox[0].body))
    assert "You are now a user of your customer account" in page.content.decode()
    assert User.objects.get(email="dana@example.com").customer == account


def test_a_service_contract_number_joins_too(client, mailoutbox, django_capture_on_commit_callbacks):
    from customers.models import SubscriberService
    from orders.models import TariffPlan

    account = CustomerFactory(email="dana@example.com")
    plan = TariffPlan.objects.create(name="Mobile S", technical_name="mobile-s", monthly_fee=1)
    SubscriberService.objects.create(customer=account, phone_number="+79160000001", contract_number="SC-77", plan=plan)
    sign_up(client, django_capture_on_commit_callbacks, reference="SC-77")
    confirm(client, link_in(mailoutbox[0].body))
    assert User.objects.get(email="dana@example.com").customer == account


def test_a_contract_number_of_another_account_is_refused_and_creates_nothing(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    _contract(CustomerFactory(email="someone-else@example.com"))
    sign_up(client, django_capture_on_commit_callbacks, reference="K-000042")
    customers, users = Customer.objects.count(), User.objects.count()
    response = confirm(client, link_in(mailoutbox[0].body))
    assert response.status_code == 400
    assert "belongs to an account with another e-mail address" in response.content.decode()
    assert Customer.objects.count() == customers and User.objects.count() == users
    assert Registration.objects.get().status == Registration.Status.LINK_SENT
