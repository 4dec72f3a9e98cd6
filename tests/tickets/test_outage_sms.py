"""Issue 9, item 12: the outage SMS has safeguards (known areas, preview, once per update, local dates)."""

import importlib
from datetime import UTC, datetime

import pytest
from django.apps import apps
from django.urls import reverse

from accounts.models import Customer
from notifications.models import OutboxMessage
from tests.factories import CustomerFactory, CustomerUserFactory, StaffUserFactory
from tickets import services
from tickets.models import Area, Outage

pytestmark = pytest.mark.django_db


@pytest.fixture
def tehran_outage(manager):
    Area.objects.create(name="Tehran-North")
    persian = CustomerFactory(name="Parsian Co", area="Tehran-North", phone="+989121112233")
    CustomerUserFactory(customer=persian, username="parsa", language="fa", time_zone="Asia/Tehran")
    english = CustomerFactory(name="Acme", area="tehran-north", phone="+74951110000")
    CustomerUserFactory(customer=english, username="acme", language="en", time_zone="Europe/Moscow")
    CustomerFactory(name="Elsewhere", area="Kazan", phone="+74951119999")
    return services.outage_declare(
        by=manager,
        area="Tehran-North",
        services="Internet",
        starts_at=datetime(2026, 3, 1, 13, 30, tzinfo=UTC),
        expected_end=datetime(2026, 3, 1, 20, 45, tzinfo=UTC),
    )


def test_the_area_is_chosen_from_the_known_areas_and_a_typo_is_refused(client, manager):
    client.force_login(manager)
    page = client.get(reverse("tickets_staff:outage_new")).content.decode()
    assert '<option value="Moscow-Center">' in page
    response = client.post(
        reverse("tickets_staff:outage_new"),
        {"area": "Moscow-Centre", "services": "TV", "starts_at": "2025-06-01T08:00", "status": "active"},
    )
    assert response.status_code == 200 and not Outage.objects.exists()
    assert "data-error-summary" in response.content.decode() or "not one of the available" in response.content.decode()
    with pytest.raises(services.TicketWorkflowError):
        services.outage_declare(by=manager, area="Moscow-Centre", services="TV", starts_at=datetime.now(UTC))


def test_the_preview_shows_the_count_a_sample_and_each_recipients_text_and_sends_nothing(
    client, manager, tehran_outage
):
    client.force_login(manager)
    response = client.get(reverse("tickets_staff:outage_notify", args=[tehran_outage.pk]))
    assert response.status_code == 200
    assert response.context["count"] == 2
    assert {row["customer"].name for row in response.context["sample"]} == {"Parsian Co", "Acme"}
    texts = {row["customer"].name: row["text"] for row in response.context["sample"]}
    assert "16:30" in texts["Acme"] and "p.m." not in texts["Acme"]  # Moscow time, 24-hour, with minutes
    assert "17:00" in texts["Parsian Co"] and "قطعی" in texts["Parsian Co"]  # Tehran time, in Persian
    assert not OutboxMessage.objects.exists()


def test_the_sms_is_sent_once_per_update_of_the_outage(client, manager, tehran_outage):
    client.force_login(manager)
    url = reverse("tickets_staff:outage_notify", args=[tehran_outage.pk])
    client.post(url, follow=True)
    response = client.post(url, follow=True)
    assert OutboxMessage.objects.filter(event="outage").count() == 2
    [message] = [str(m) for m in response.context["messages"]]
    assert "already told" in message and "2 SMS" in message
    tehran_outage.refresh_from_db()
    assert tehran_outage.customers_notified_count == 2 and tehran_outage.sms_sent_for_this_update
    assert 'id="notify-customers"' not in response.content.decode()

    services.outage_move(outage=tehran_outage, move="resolve", by=manager)
    client.post(url)
    assert OutboxMessage.objects.filter(event="outage").count() == 4


def test_the_sms_is_written_for_each_recipients_language_and_time_zone(manager, tehran_outage):
    services.outage_notify_customers(outage=tehran_outage, by=manager)
    rows = {row.to: row for row in OutboxMessage.objects.filter(event="outage")}
    assert (rows["+74951110000"].language, rows["+74951110000"].time_zone) == ("en", "Europe/Moscow")
    assert (rows["+989121112233"].language, rows["+989121112233"].time_zone) == ("fa", "Asia/Tehran")
    preview = services.outage_sms_preview(outage=tehran_outage)
    english = next(row["text"] for row in preview["sample"] if row["language"] == "en")
    assert english.rstrip(".").endswith("1 Mar 2026, 23:45") and ".." not in english


def test_only_declarers_open_the_preview(client, agent, tehran_outage):
    client.force_login(agent)
    assert client.get(reverse("tickets_staff:outage_notify", args=[tehran_outage.pk])).status_code == 403


def test_the_data_migration_turns_free_text_areas_into_known_areas(db):
    StaffUserFactory(username="declarer")
    CustomerFactory(name="One", area="  Samara  ")
    CustomerFactory(name="Two", area="SAMARA")
    CustomerFactory(name="Three", area="")
    migration = importlib.import_module("tickets.migrations.0008_areas_from_existing_values")
    migration.forwards(apps, None)
    assert Area.objects.filter(name__iexact="samara").count() == 1
    name = Area.objects.get(name__iexact="samara").name
    assert set(Customer.objects.exclude(area="").values_list("area", flat=True)) == {name}
