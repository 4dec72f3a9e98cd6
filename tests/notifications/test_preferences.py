"""People choose e-mail, SMS or both per kind of message in /accounts/settings/."""

import pytest
from django.urls import reverse

from notifications.forms import NotificationPreferencesForm
from notifications.models import NotificationPreference
from notifications.services import notify

pytestmark = pytest.mark.django_db

TICKET = {"ticket_number": "T-1", "subject": "s", "url": "u"}


def settings_post(**notify_fields):
    data = {
        "form": "preferences",
        "prefs-language": "en",
        "prefs-time_zone": "UTC",
        "prefs-page_size": "25",
        "prefs-notify_by_email": "on",
    }
    data.update({f"notify-{kind}": value for kind, value in notify_fields.items()})
    return data


def test_the_settings_page_shows_a_choice_per_kind_of_message(client, owner):
    client.force_login(owner)
    page = client.get(reverse("accounts:settings"))
    html = page.content.decode()
    for kind in ("tickets", "orders", "repairs", "billing", "outages"):
        assert f'name="notify-{kind}"' in html
    assert "Security messages" in html
    form = page.context["notification_form"]
    assert form["tickets"].initial == "email"  # from the general switches until chosen


def test_a_user_chooses_sms_for_outages_and_both_for_tickets(client, owner):
    owner.phone = "+79161234567"
    owner.save()
    client.force_login(owner)
    response = client.post(reverse("accounts:settings"), settings_post(outages="sms", tickets="both"), follow=True)
    assert response.status_code == 200
    saved = {p.kind: (p.by_email, p.by_sms) for p in NotificationPreference.objects.filter(user=owner)}
    assert saved == {"outages": (False, True), "tickets": (True, True)}
    assert sorted(r.channel for r in notify(event="ticket_created", recipients=[owner], context=TICKET)) == [
        "email",
        "sms",
    ]
    page = client.get(reverse("accounts:settings"))
    assert page.context["notification_form"]["outages"].initial == "sms"
    assert NotificationPreference.history.filter(user=owner).count() == 2


def test_sms_needs_a_phone_number(client, owner):
    client.force_login(owner)
    response = client.post(reverse("accounts:settings"), settings_post(tickets="sms"))
    assert response.status_code == 200
    assert "Add a phone number" in response.content.decode()
    assert not NotificationPreference.objects.exists()


def test_a_tampered_choice_is_refused(client, owner):
    client.force_login(owner)
    response = client.post(reverse("accounts:settings"), settings_post(tickets="fax"))
    assert response.status_code == 200
    assert response.context["notification_form"].errors
    assert not NotificationPreference.objects.exists()


def test_the_form_saves_only_what_changed(owner):
    owner.phone = "+79161234567"
    owner.save()
    form = NotificationPreferencesForm(user=owner, data={"notify-tickets": "both"})
    assert form.is_valid(), form.errors
    form.save()
    form = NotificationPreferencesForm(user=owner, data={"notify-tickets": "both", "notify-orders": "email"})
    assert form.is_valid()
    form.save()
    preference = NotificationPreference.objects.get(user=owner, kind="tickets")
    assert preference.history.count() == 1
