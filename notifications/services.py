"""The public API of notifications for the other apps: `notify()` and what the admin and tasks call.

The work is split by job: notifications.outbox (writing rows, re-sending),
notifications.delivery (sending one row, with the delivery guarantee),
notifications.maintenance (sweep, purge), notifications.preferences (channels
per kind), notifications.tasks (the Celery interface).
"""

from notifications.delivery import Outcome, PermanentDeliveryError, TransientDeliveryError, message_deliver
from notifications.maintenance import messages_purge
from notifications.outbox import Contact, NotResendable, message_resend, notify
from notifications.preferences import preferences_for, preferences_update
from notifications.tasks import dispatch, sweep_pending

__all__ = [
    "Contact",
    "NotResendable",
    "Outcome",
    "PermanentDeliveryError",
    "TransientDeliveryError",
    "dispatch",
    "message_deliver",
    "message_resend",
    "messages_purge",
    "notify",
    "preferences_for",
    "preferences_update",
    "sweep_pending",
]
