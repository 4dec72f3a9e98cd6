"""Online payment: a provider's hosted payment page and its signed callback.

The payment waits (AWAITING_PROVIDER) until a callback arrives whose HMAC-SHA256 signature, made with
BILLING_PROVIDER_SECRET over "number|amount|currency|status|reference", is valid, whose amount and
currency are the payment's, and whose reference has not been used: only then is it accepted. A forged,
replayed or amount-mismatched callback is refused and logged; nothing changes.

BILLING_PROVIDER = "simulated" (default) sends the customer to our own simulated page (success, decline,
or timeout: no callback at all); "http" to BILLING_PROVIDER_URL, the provider's hosted page.
"""

import hashlib
import hmac
import logging
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from billing.models import Payment
from billing.workflow import PAYMENT_FLOW

logger = logging.getLogger("omsportal.billing")
FIELDS = ("payment", "amount", "currency", "status", "reference")


def sign(values: dict) -> str:
    message = "|".join(str(values.get(name, "")) for name in FIELDS).encode()
    return hmac.new(settings.BILLING_PROVIDER_SECRET.encode(), message, hashlib.sha256).hexdigest()


def start_url(payment: Payment, *, return_url: str) -> str:
    """Where the customer's browser goes to pay."""
    if settings.BILLING_PROVIDER == "http":
        query = {
            "payment": payment.number,
            "amount": str(payment.amount),
            "currency": payment.currency,
            "return_url": return_url,
            "callback_url": settings.SITE_URL.rstrip("/") + reverse("billing_portal:online_callback"),
        }
        return f"{settings.BILLING_PROVIDER_URL}?{urlencode({**query, 'signature': sign(query)})}"
    return reverse("billing_portal:online_simulated", args=[payment.pk])


def simulated_callback(payment: Payment, outcome: str) -> dict:
    """What the simulated provider would post for `outcome` (success or decline)."""
    values = {
        "payment": payment.number,
        "amount": str(payment.amount),
        "currency": payment.currency,
        "status": outcome,
        "reference": f"SIM-{payment.number}",
    }
    return {**values, "signature": sign(values)}


def _refuse(why: str, data: dict) -> tuple[bool, str]:
    logger.warning(
        "payment callback refused: %s payment=%s reference=%s", why, data.get("payment"), data.get("reference")
    )
    return False, why


@transaction.atomic
def handle_callback(data: dict, *, by) -> tuple[bool, str]:
    """Apply a provider's callback; (accepted?, why)."""
    values = {name: str(data.get(name, "")) for name in FIELDS}
    if not hmac.compare_digest(sign(values), str(data.get("signature", ""))):
        return _refuse("forged: bad signature", values)
    payment = Payment.objects.select_for_update().filter(number=values["payment"]).first()
    if payment is None:
        return _refuse("unknown payment", values)
    if payment.provider_reference or payment.status != Payment.Status.AWAITING_PROVIDER:
        return _refuse("replayed: the payment is already decided", values)
    try:
        amount = Decimal(values["amount"])
    except InvalidOperation:
        return _refuse("bad amount", values)
    if amount != payment.amount or values["currency"] != payment.currency:
        return _refuse("amount or currency mismatch", values)
    payment.provider_reference = values["reference"][:120]
    payment.save(update_fields=["provider_reference"])
    if values["status"] == "success":
        PAYMENT_FLOW.run(payment, "confirm_online", by=by)
        return True, "accepted"
    PAYMENT_FLOW.run(payment, "decline_online", by=by, values={"comment": "Declined by the payment provider."})
    return True, "declined"
