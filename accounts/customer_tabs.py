"""The tabs of the staff customer 360 page, which each app fills from its AppConfig (or home does,
for apps that cannot know each other): a label, the rows one user may see of one customer, and the
partial template that shows a page of them. The page counts every tab (in one query) and pages
the open one.

    register_customer_tab(CustomerTab("repairs", _("Repairs"), rows=repairs_of, template="repairs/_tab.html"))
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet


@dataclass(frozen=True)
class CustomerTab:
    key: str
    label: object
    # (user, customer) -> the rows this user may see, ordered and with their joins.
    rows: Callable[[object, object], QuerySet]
    template: str
    order: int = 50


TABS: dict[str, CustomerTab] = {}


def register_customer_tab(tab: CustomerTab) -> None:
    TABS[tab.key] = tab


def customer_tabs() -> list[CustomerTab]:
    return sorted(TABS.values(), key=lambda tab: (tab.order, tab.key))
