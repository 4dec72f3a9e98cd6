"""Phone numbers are read in the country of the person they belong to, in any digits (issue 9, item 13)."""

import pytest
from django.urls import reverse

from accounts.models import Customer, StaffProfile
from core.phones import PhoneField, ascii_digits, example_number, phone_parse, region_of
from tests.factories import CustomerFactory, CustomerUserFactory, StaffUserFactory
from tickets.models import Queue, Ticket

IRAN_MOBILE = "09121234567"
IRAN_MOBILE_PERSIAN = "۰۹۱۲۱۲۳۴۵۶۷"
IRAN_MOBILE_ARABIC = "٠٩١٢١٢٣٤٥٦٧"
IRAN_E164 = "+989121234567"


def test_persian_and_arabic_indic_digits_become_ascii():
    assert ascii_digits(IRAN_MOBILE_PERSIAN) == IRAN_MOBILE
    assert ascii_digits(IRAN_MOBILE_ARABIC) == IRAN_MOBILE
    assert ascii_digits("+7 (495) 111-22-33") == "+7 (495) 111-22-33"


@pytest.mark.parametrize("typed", [IRAN_MOBILE, IRAN_MOBILE_PERSIAN, IRAN_MOBILE_ARABIC, "+98 912 123 4567"])
def test_an_iranian_number_is_read_in_iran(typed):
    assert phone_parse(typed, region="IR").as_e164 == IRAN_E164


def test_a_national_number_is_read_in_the_given_country_only():
    assert phone_parse(IRAN_MOBILE, region="RU") is None
    assert phone_parse("8 (495) 111-22-33", region="RU").as_e164 == "+74951112233"


@pytest.mark.parametrize("typed", [IRAN_MOBILE, IRAN_MOBILE_PERSIAN])
def test_the_form_field_accepts_the_countrys_numbers_in_persian_digits(typed):
    assert PhoneField(region="IR").clean(typed).as_e164 == IRAN_E164


def test_the_error_gives_an_example_from_the_users_country():
    field = PhoneField(region="IR")
    with pytest.raises(Exception) as refused:
        field.clean("12-34")
    assert example_number("IR") in str(refused.value)
    assert example_number("IR").startswith("0912")
    assert example_number("RU") not in str(refused.value)


@pytest.mark.django_db
def test_the_country_comes_from_the_account_or_the_staff_profile(settings):
    customer_user = CustomerUserFactory(customer=CustomerFactory(country="IR"))
    staff = StaffUserFactory()
    StaffProfile.objects.filter(user=staff).update(country="CN")
    staff.refresh_from_db()
    assert region_of(customer_user) == "IR"
    assert region_of(staff) == "CN"
    assert Customer(name="New").country == settings.PHONENUMBER_DEFAULT_REGION


@pytest.mark.django_db
def test_an_iranian_customer_files_a_request_with_a_persian_digit_phone(client):
    owner = CustomerUserFactory(customer=CustomerFactory(country="IR", phone="+989121112233"))
    queue = Queue.objects.create(name="Technical support")
    client.force_login(owner)
    response = client.post(
        reverse("tickets_portal:new"),
        {
            "queue": queue.pk,
            "subject": "اینترنت قطع است",
            "text": "از دیروز",
            "contact_name": "Sara",
            "contact_phone": IRAN_MOBILE_PERSIAN,
            "priority": "2",
        },
    )
    assert response.status_code == 302
    assert str(Ticket.objects.get().contact_phone) == IRAN_E164


@pytest.mark.django_db
def test_the_staff_ticket_form_reads_the_phone_in_the_customers_country(client):
    agent = StaffUserFactory(role="Support agent")
    Queue.objects.create(name="Technical support").members.add(agent)
    iranian = CustomerFactory(country="IR")
    client.force_login(agent)
    data = {
        "customer": iranian.pk,
        "channel": Ticket.Channel.PHONE,
        "queue": "",
        "subject": "No dial tone",
        "text": "Called in.",
        "contact_name": "Reza",
        "contact_phone": IRAN_MOBILE,
        "contract_number": "",
        "type": Ticket.Type.INCIDENT,
        "priority": str(Ticket.Priority.NORMAL),
    }
    response = client.post(reverse("tickets_staff:new"), data)
    assert response.status_code == 302, response.context["form"].errors
    assert str(Ticket.objects.get().contact_phone) == IRAN_E164


@pytest.mark.django_db
def test_a_customer_moving_to_iran_types_a_national_number_in_the_same_form(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("accounts:portal_account"),
        {"name": "Sara", "email": "sara@example.com", "country": "IR", "phone": IRAN_MOBILE_PERSIAN, "address": ""},
    )
    assert response.status_code == 302
    owner.customer.refresh_from_db()
    assert (owner.customer.country, str(owner.customer.phone)) == ("IR", IRAN_E164)


@pytest.mark.django_db
def test_an_unknown_country_is_refused(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("accounts:portal_account"),
        {"name": "Sara", "email": "sara@example.com", "country": "XX", "phone": "", "address": ""},
    )
    assert response.status_code == 200
    assert "country" in response.context["form"].errors
