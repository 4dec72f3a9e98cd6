"""The review of self-registrations: one transition table (core.workflow) for Registration.status.

Confirming the link (link_sent → joined or pending) is the registrant's own step, made by
portalhome.services.registration_confirm; staff then approve or reject what waits for review.
"""

from django.utils.translation import gettext_lazy as _

from core.workflow import Input, Transition, Workflow
from portalhome.models import Registration

S = Registration.Status
PERMISSION = "portalhome.review_registration"


def _approved(registration, by, values, before) -> None:
    from portalhome.services import registration_approved

    registration_approved(registration=registration, by=by)


def _rejected(registration, by, values, before) -> None:
    from portalhome.services import registration_rejected

    registration_rejected(registration=registration, by=by, reason=values.get("comment", ""))


def _reviewer(registration, by, values):
    registration.reviewed_by = by
    return ["reviewed_by"]


REGISTRATION_FLOW = Workflow(
    model=Registration,
    field="status",
    transitions=[
        Transition(
            "approve",
            _("Approve"),
            sources={S.PENDING},
            target=S.APPROVED,
            permission=PERMISSION,
            apply=_reviewer,
            after=_approved,
            primary=True,
        ),
        Transition(
            "reject",
            _("Reject"),
            sources={S.PENDING},
            target=S.REJECTED,
            permission=PERMISSION,
            apply=_reviewer,
            after=_rejected,
            inputs=[Input("comment", _("Reason"), required=_("Say why the registration is rejected."))],
        ),
    ],
)
