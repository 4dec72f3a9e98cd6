"""notify(): which rows it writes, in the caller's transaction, and what it costs."""

import pytest
from django.core import mail
from django.db import transaction
from django.utils.translation import gettext_lazy

from accounts.selectors import customer_contacts
from notifications.events import UnknownEvent
from notifications.models import NotificationPreference, OutboxMessage
from notifications.services import notify
from tests.factories import CustomerFactory, CustomerUserFactory

TICKET = {"ticket_number": "T-000001", "subject": "No dial tone", "url": "https://example.com/t/1/"}

pytestmark = pytest.mark.django_db


def channels(rows):
    return sorted(row.channel for row in rows)


def test_it_writes_one_row_per_channel_the_user_chose(owner):
    owner.notify_by_sms = True
    owner.phone = "+79161234567"
    owner.save()
    rows = notify(event="ticket_created", recipients=[owner], context=TICKET)
    assert channels(rows) == ["email", "sms"]
    assert {row.to for row in rows} == {owner.email, "+79161234567"}
    assert all(row.status == OutboxMessage.Status.PENDING and row.language == owner.language for row in rows)


def test_a_preference_per_kind_overrides_the_general_switches(owner):
    owner.phone = "+79161234567"
    owner.save()
    NotificationPreference.objects.create(user=owner, kind="tickets", by_email=False, by_sms=True)
    assert channels(notify(event="ticket_created", recipients=[owner], context=TICKET)) == ["sms"]
    outage = {"area": "North", "services": "Internet", "starts_at": "2026-01-01T10:00:00Z", "expected_end": ""}
    assert channels(notify(event="outage", recipients=[owner], context=outage)) == ["email"]


def test_sms_without_a_phone_number_falls_back_to_email(owner):
    NotificationPreference.objects.create(user=owner, kind="tickets", by_email=False, by_sms=True)
    assert channels(notify(event="ticket_created", recipients=[owner], context=TICKET)) == ["email"]


def test_a_user_who_turned_everything_off_gets_nothing_but_security_mail(owner):
    owner.notify_by_email = False
    owner.save()
    assert notify(event="ticket_created", recipients=[owner], context=TICKET) == []
    rows = notify(event="account_locked", recipients=[owner], context={"minutes": 15}, security=True)
    assert channels(rows) == ["email"]


def test_forced_channels_ignore_preferences(owner):
    owner.phone = "+79161234567"
    owner.save()
    outage = {"area": "North", "services": "Internet", "starts_at": "2026-01-01T10:00:00Z", "expected_end": ""}
    assert channels(notify(event="outage", recipients=[owner], context=outage, channels=["sms"])) == ["sms"]


def test_a_customer_is_its_contact_address_in_its_first_users_language(db):
    customer = CustomerFactory(email="office@example.com", phone="+79161234567")
    CustomerUserFactory(customer=customer, language="fa")
    CustomerUserFactory(customer=customer, language="ru")
    [row] = notify(event="ticket_created", recipients=customer_contacts([customer]), context=TICKET, channels=["email"])
    assert (row.to, row.language, row.customer, row.user) == ("office@example.com", "fa", customer, None)
    [sms] = notify(event="ticket_created", recipients=customer_contacts([customer]), context=TICKET, channels=["sms"])
    assert sms.to == "+79161234567"


def test_a_customer_without_users_gets_the_default_language(db, settings):
    [row] = notify(
        event="ticket_created", recipients=customer_contacts([CustomerFactory()]), context=TICKET, channels=["email"]
    )
    assert row.language == settings.LANGUAGE_CODE


def test_the_same_address_twice_in_one_event_gets_one_message(owner):
    owner.customer.email = owner.email.upper()
    owner.customer.save()
    recipients = [owner, owner, *customer_contacts([owner.customer])]
    rows = notify(event="ticket_created", recipients=recipients, context=TICKET, channels=["email"])
    assert len(rows) == 1


def test_a_missing_address_is_recorded_as_failed_not_queued(owner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        [row] = notify(event="ticket_created", recipients=[owner], context=TICKET, channels=["sms"])
    assert row.status == OutboxMessage.Status.FAILED
    assert row.reason == "no phone number"
    assert callbacks == []


def test_inactive_users_are_not_notified_except_for_security(owner):
    owner.is_active = False
    owner.save()
    assert notify(event="ticket_created", recipients=[owner], context=TICKET) == []
    assert len(notify(event="password_reset", recipients=[owner], context={"reset_url": "x"}, security=True)) == 1


def test_it_refuses_unknown_events_missing_keys_and_unserialisable_context(owner):
    with pytest.raises(UnknownEvent):
        notify(event="ticket_exploded", recipients=[owner], context={})
    with pytest.raises(ValueError, match="url"):
        notify(event="ticket_created", recipients=[owner], context={"ticket_number": "T", "subject": "s"})
    with pytest.raises(TypeError):
        notify(event="ticket_created", recipients=[owner], context={**TICKET, "url": object()})
    with pytest.raises(ValueError, match="fax"):
        notify(event="ticket_created", recipients=[owner], context=TICKET, channels=["fax"])


def test_lazy_labels_are_stored_as_english_msgids(owner, settings):
    context = {**TICKET, "status_label": gettext_lazy("Closed"), "comment": ""}
    from django.utils import translation

    with translation.override("ru"):
        [row] = notify(event="ticket_status_changed", recipients=[owner], context=context)
    assert row.context["status_label"] == "Closed"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_rolled_back_change_leaves_no_row_and_sends_nothing(owner):
    with pytest.raises(RuntimeError), transaction.atomic():
        notify(event="ticket_created", recipients=[owner], context=TICKET)
        assert OutboxMessage.objects.count() == 1
        raise RuntimeError("the change failed")
    assert OutboxMessage.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_committed_change_is_delivered_after_commit(owner):
    with transaction.atomic():
        notify(event="ticket_created", recipients=[owner], context=TICKET)
        assert mail.outbox == []  # nothing leaves before the commit
    assert [m.to for m in mail.outbox] == [[f"{owner.get_full_name()} <{owner.email}>"]]
    assert OutboxMessage.objects.get().status == OutboxMessage.Status.SENT


def test_the_cost_for_the_producer_is_two_queries_whatever_the_recipients(db, django_assert_num_queries):
    users = [CustomerUserFactory() for _ in range(20)]
    with django_assert_num_queries(2):  # preferences, then one multi-row INSERT
        rows = notify(event="ticket_created", recipients=users, context=TICKET)
    assert len(rows) == 20
    with django_assert_num_queries(1):  # security mail reads no preferences
        notify(event="password_reset", recipients=users, context={"reset_url": "x"}, security=True)
