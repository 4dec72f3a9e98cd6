"""The daily billing job: contract reminders and ends, overdue invoices."""

from celery import shared_task
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.roles import FINANCE

SYSTEM_USERNAME = "billing-system"


def system_user():
    """The user the periodic moves are recorded as: a Finance member that cannot log in."""
    user, created = get_user_model().objects.get_or_create(
        username=SYSTEM_USERNAME, defaults={"first_name": "Billing", "last_name": "system"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        user.groups.add(Group.objects.get_or_create(name=FINANCE)[0])
    return user


@shared_task(ignore_result=True)
def daily() -> dict:
    from billing.services import contracts_remind_and_end, invoices_mark_overdue

    by = system_user()
    reminded, ended = contracts_remind_and_end(by=by)
    return {"reminded": reminded, "ended": ended, "overdue": invoices_mark_overdue(by=by)}
