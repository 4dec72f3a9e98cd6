"""Menus. An item shows only to users who hold its permission; the view behind
it checks the same permission (and the object scope) again on the server.

How a new app uses it: declare its items in `<app>/menus.py` and register
them from its `AppConfig.ready()`::

    STAFF = [MenuItem(_("Orders"), "orders_staff:list", "cart", "orders.view_order", order=30)]

    def ready(self):
        from core.navigation import STAFF, register_menu
        from orders import menus
        register_menu(STAFF, *menus.STAFF)

Items are sorted by `order` (then label), so no central list is edited.
"""

from dataclasses import dataclass

from django.urls import get_script_prefix, reverse
from django.utils.functional import Promise
from django.utils.translation import get_language

STAFF = "staff"
PORTAL = "portal"


@dataclass(frozen=True)
class MenuItem:
    label: str | Promise
    url_name: str
    icon: str
    permission: str | None = None
    order: int = 100

    def visible_to(self, user) -> bool:
        return self.permission is None or user.has_perm(self.permission)


MENUS: dict[str, list[MenuItem]] = {STAFF: [], PORTAL: []}


def register_menu(side: str, *items: MenuItem) -> None:
    """Add items to the staff or portal menu; registering the same item twice is harmless."""
    menu = MENUS[side]
    menu.extend(item for item in items if item not in menu)
    menu.sort(key=lambda item: item.order)


def menu_for(user) -> list[dict]:
    if not user.is_authenticated:
        return []
    items = MENUS[PORTAL] if user.is_customer else MENUS[STAFF]
    language, prefix = get_language(), get_script_prefix()
    return [_entry(item, language, prefix) for item in items if item.visible_to(user)]


# An item's label and URL, worked out once per language and script prefix, not on every page.
# Keyed by the item's identity: hashing the item would translate its lazy label on every look-up.
# The item is kept with its entry, so its id cannot be reused by another item while it is here.
_ENTRIES: dict[tuple[int, str, str], tuple[MenuItem, dict]] = {}


def _entry(item: MenuItem, language: str, prefix: str) -> dict:
    key = (id(item), language, prefix)
    found = _ENTRIES.get(key)
    if found is None:
        entry = {"label": str(item.label), "url": reverse(item.url_name), "icon": item.icon, "url_name": item.url_name}
        found = _ENTRIES[key] = (item, entry)
    return found[1]
