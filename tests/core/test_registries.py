"""Apps declare their menus, role permissions, notification events and texts themselves."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.utils.translation import gettext_lazy as _

from core import navigation, roles
from core.context_processors import navigation as navigation_context
from core.discovery import app_modules
from notifications import defaults
from notifications.events import EVENTS
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db


def test_the_roles_hold_what_each_app_registers(db):
    """The data migrations (frozen copies) granted what the apps declare today."""
    for role, per_app in roles.ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        for app_label, wanted in per_app.items():
            declared = Permission.objects.filter(content_type__app_label=app_label)
            if wanted != roles.ALL:
                declared = declared.filter(codename__in=wanted)
                assert declared.count() == len(wanted), (role, app_label, "a codename that does not exist")
            missing = declared.exclude(pk__in=group.permissions.values("pk"))
            assert not missing.exists(), (role, app_label, list(missing.values_list("codename", flat=True)))


def test_an_unknown_role_is_refused():
    with pytest.raises(ValueError, match="unknown role"):
        roles.register_role_permissions("orders", {"Wizard": ["view_order"]})


def test_every_app_menu_item_is_registered_in_its_order():
    staff = [item.url_name for item in navigation.MENUS[navigation.STAFF]]
    assert staff == [
        "core:staff_home",
        "customers_staff:list",
        "inventory_partner:stock",
        "tickets_staff:folder",
        "tickets_staff:interactions",
        "orders_staff:desk",
        "orders_staff:installations",
        "customers_staff:failed",
        "inventory_staff:numbers",
        "repairs_staff:queue",
        "inventory_staff:channels",
        "billing_staff:review",
        "billing_staff:invoices",
        "billing_staff:contracts",
        "tickets_staff:outages",
        "portalhome:registrations",
        "admin:index",
    ]
    portal = [item.url_name for item in navigation.MENUS[navigation.PORTAL]]
    assert portal == [
        "core:portal_home",
        "core:portal_processes",
        "tickets_portal:list",
        "customers_portal:list",
        "orders_portal:list",
        "repairs_portal:list",
        "billing_portal:invoices",
        "billing_portal:contracts",
        "core:portal_history",
        "accounts:portal_account",
    ]


def test_a_new_app_adds_a_menu_item_without_editing_core(monkeypatch, agent):
    monkeypatch.setitem(navigation.MENUS, navigation.STAFF, list(navigation.MENUS[navigation.STAFF]))
    navigation.register_menu(
        navigation.STAFF, navigation.MenuItem(_("Orders"), "tickets_staff:search", "cart", "tickets.view_ticket", 15)
    )
    request = RequestFactory().get("/")
    request.user = agent
    labels = [str(item["label"]) for item in navigation_context(request)["menu"]]
    assert labels.index("Orders") == labels.index("Tickets") + 1
    request.user = StaffUserFactory(role="Channel partner")
    assert "Orders" not in [str(item["label"]) for item in navigation_context(request)["menu"]]


def test_every_registered_event_has_its_texts_in_every_language():
    for language, texts in defaults.TEXTS.items():
        assert set(texts) == set(EVENTS), language
    assert {e for e in EVENTS if e.startswith("ticket_")} <= set(defaults.TEXTS["fa"])


def test_an_event_registered_twice_with_another_meaning_is_refused():
    from dataclasses import replace

    from notifications.events import register_events

    register_events(EVENTS["ticket_created"])  # the same declaration again: harmless
    with pytest.raises(ValueError, match="registered twice"):
        register_events(replace(EVENTS["ticket_created"], keys=("other",)))


def test_demo_modules_are_found_by_name():
    assert [module.__name__ for module in app_modules("demo", exclude=("accounts",))] == [
        "tickets.demo",
        "orders.demo",
        "customers.demo",
        "portalhome.demo",
        "inventory.demo",
        "repairs.demo",
        "billing.demo",
    ]
