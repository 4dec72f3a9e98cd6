"""Menus. An item shows only to users who hold its permission; the view behind
it checks the same permission (and the object scope) again on the server."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class MenuItem:
    label: str | Promise
    url_name: str
    icon: str
    permission: str | None = None

    def visible_to(self, user) -> bool:
        return self.permission is None or user.has_perm(self.permission)


STAFF_MENU: list[MenuItem] = [
    MenuItem(_("Workspace"), "core:staff_home", "speedometer2"),
    MenuItem(_("Tickets"), "tickets_staff:folder", "inbox", "tickets.view_ticket"),
    MenuItem(_("Interactions"), "tickets_staff:interactions", "telephone", "tickets.view_interaction"),
    MenuItem(_("Outages"), "tickets_staff:outages", "exclamation-triangle", "tickets.view_outage"),
    MenuItem(_("Administration"), "admin:index", "gear", "accounts.view_user"),
]

PORTAL_MENU: list[MenuItem] = [
    MenuItem(_("Home"), "core:portal_home", "house"),
    MenuItem(_("My requests"), "tickets_portal:list", "chat-left-text"),
    MenuItem(_("My account"), "accounts:portal_account", "person-vcard"),
]


def menu_for(user) -> list[dict]:
    if not user.is_authenticated:
        return []
    items = PORTAL_MENU if user.is_customer else STAFF_MENU
    return [
        {"label": item.label, "url": reverse(item.url_name), "icon": item.icon, "url_name": item.url_name}
        for item in items
        if item.visible_to(user)
    ]
