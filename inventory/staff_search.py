"""Numbers and SIM cards in the staff search box (see core.search): a phone number (MSISDN, in
any spacing, with or without "+") or an ICCID goes straight to the stock item, within the
user's stock scope (a channel partner: its channel and those below). Unique, indexed columns."""

import re

from django.urls import reverse

from core.search import Found
from inventory.models import Number, Sim
from inventory.selectors import stock_for_user


def find(*, user, query: str, digits: str) -> Found:
    if not user.has_perm("inventory.view_number") or not digits or re.search(r"[^\d\s+()\-]", query):
        return Found()
    if 18 <= len(digits) <= 20:
        sim = stock_for_user(user, Sim).filter(iccid=digits).only("id").first()
        if sim is not None:
            return Found(redirect=reverse("inventory_staff:sim_detail", args=[sim.pk]))
    if 5 <= len(digits) <= 15:
        number = stock_for_user(user, Number).filter(msisdn=digits).only("id").first()
        if number is not None:
            return Found(redirect=reverse("inventory_staff:number_detail", args=[number.pk]))
    return Found()
