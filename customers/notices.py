"""What the customer is told about their services, their activation and their account.

Labels are lazy English msgids: each recipient reads them in their own language."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.models import Customer
from accounts.selectors import customer_contacts
from notifications.services import notify

STATUS_LABELS = {
    "active": _("Active"),
    "suspended": _("Suspended"),
    "terminated": _("Terminated"),
    "deactivated": _("Deactivated"),
}


def _recipients(customer: Customer) -> list:
    return list(customer.users.filter(is_active=True)) or customer_contacts([customer])


def service_status_changed(service, by, values: dict, before) -> None:
    notify(
        event="service_status_changed",
        recipients=_recipients(service.customer),
        context={
            "phone_number": service.phone_number,
            "url": settings.SITE_URL + reverse("customers_portal:list"),
            "status_label": STATUS_LABELS[service.status],
            "comment": values.get("comment") or "",
        },
    )


def service_welcome(service) -> None:
    """By e-mail and SMS, whatever the users chose: the welcome is part of the activation."""
    notify(
        event="service_welcome",
        recipients=_recipients(service.customer),
        channels=["email", "sms"],
        context={
            "phone_number": service.phone_number,
            "url": settings.SITE_URL + reverse("customers_portal:list"),
            "plan": service.plan.name,
            "order_number": service.order.number if service.order_id else "",
        },
    )


def activation_failed(order) -> None:
    notify(
        event="activation_failed",
        recipients=_recipients(order.customer),
        context={"order_number": order.number, "url": settings.SITE_URL + order.get_portal_url()},
    )


def customer_status_changed(customer: Customer, *, comment: str) -> None:
    notify(
        event="customer_status_changed",
        recipients=_recipients(customer),
        context={
            "customer_number": customer.number,
            "status_label": STATUS_LABELS[customer.status],
            "comment": comment,
        },
    )
