"""The repair table, checked move by move: for every transition, every status and every role,
the runner allows exactly what the table says and refuses the rest (generated from REPAIR_FLOW)."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from core.workflow import WorkflowError
from notifications.models import OutboxMessage
from repairs import services
from repairs.models import Repair, RepairAction
from repairs.workflow import BEFORE_READY, REPAIR_FLOW
from tests.factories import StaffUserFactory
from tests.repairs.conftest import quote, register, staff_at

pytestmark = pytest.mark.django_db
S = Repair.Status

VALUES = {
    "receive": {"serial_received": "SN-12345", "comment": "A scratch on the back"},
    "send_quote": {
        "lines": [{"kind": "parts", "description": "Port", "amount": Decimal("10.00")}],
        "valid_until": datetime.date(2099, 1, 1),
    },
    "hand_back": {"returned_to": "Alice Owner", "id_number": "AB123456"},
    "not_repairable": {"comment": "No parts"},
    "cancel": {"comment": "Changed my mind"},
}
STAFF_ROLES = ("Administrator", "Manager", "Technician", "Support agent")
NO_REPAIR_ROLES = ("Sales", "Finance")


def actors(owner, outsider, branch):
    people = {role: staff_at(branch, username=role.replace(" ", "_").lower(), role=role) for role in STAFF_ROLES}
    people.update({role: StaffUserFactory(username=role.lower(), role=role) for role in NO_REPAIR_ROLES})
    people["owner"] = owner
    people["outsider"] = outsider
    return people


def expected(name: str, status: str, who: str, *, warranty: bool) -> bool:
    transition = REPAIR_FLOW[name]
    if status not in transition.sources:
        return False
    if name in ("approve", "decline"):
        return who == "owner"
    if who in ("owner", "outsider") or who in NO_REPAIR_ROLES:
        return False
    if name == "send_quote":
        return not warranty
    if name == "repair_under_warranty":
        return warranty
    return True


def make(status: str, *, owner, branch, warranty: bool = False) -> Repair:
    """A repair put straight into `status` (test data, not a move)."""
    return Repair.objects.create(
        number=f"R-T{Repair.objects.count():05d}",
        customer=owner.customer,
        branch=branch,
        created_by=owner,
        status=status,
        device_type="Phone",
        device_model="Pixel 8",
        serial_number="SN-12345",
        problem="Broken",
        handed_over_by="Alice Owner",
        handed_over_id_number="AB123456",
        handed_over_phone="+74951112233",
        under_warranty=warranty,
        quote_valid_until=datetime.date(2099, 1, 1) if status == S.QUOTE_SENT else None,
    )


@pytest.mark.parametrize("warranty", [False, True], ids=["paid", "warranty"])
def test_every_move_is_allowed_or_refused_per_role_as_the_table_says(owner, outsider, branch, warranty):
    people = actors(owner, outsider, branch)
    problems = []
    for name in REPAIR_FLOW.by_name:
        for status in S.values:
            repair = make(status, owner=owner, branch=branch, warranty=warranty)
            for who, user in people.items():
                want = expected(name, status, who, warranty=warranty)
                try:
                    moved = REPAIR_FLOW.run(repair, name, by=user, values=VALUES.get(name))
                except WorkflowError:
                    got = False
                    repair.refresh_from_db()
                    if repair.status != status:
                        problems.append(f"{name} from {status} by {who}: refused but the status changed")
                else:
                    got = True
                    repair = make(status, owner=owner, branch=branch, warranty=warranty)
                    if moved.status != REPAIR_FLOW[name].target:
                        problems.append(f"{name} from {status} by {who}: landed in {moved.status}")
                if got != want:
                    problems.append(f"{name} from {status} by {who}: {'allowed' if got else 'refused'}")
    assert not problems, "\n".join(problems)


def test_the_whole_road_writes_the_timeline_and_tells_the_customer_each_step(
    owner, technician, branch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        repair = register(by=owner, customer=owner.customer, branch=branch)
        assert repair.number.startswith("R-") and len(repair.number) == 8
        repair = services.repair_move(repair=repair, by=technician, name="receive", values=VALUES["receive"])
        repair = services.repair_move(repair=repair, by=technician, name="diagnose")
        repair = quote(repair, technician)
        assert repair.quote_total == Decimal("50.50")
        repair = services.repair_move(repair=repair, by=owner, name="approve")
        repair = services.repair_move(repair=repair, by=technician, name="finish")
        repair = services.repair_move(repair=repair, by=technician, name="hand_back", values=VALUES["hand_back"])
    assert repair.status == S.RETURNED and repair.returned_to_id_number == "AB123456"
    kinds = list(RepairAction.objects.filter(repair=repair).values_list("kind", flat=True))
    assert kinds == ["register", "receive", "diagnose", "send_quote", "approve", "finish", "hand_back"]
    events = list(OutboxMessage.objects.filter(channel="email").order_by("pk").values_list("event", flat=True))
    assert events == [
        "repair_registered",
        "repair_status_changed",
        "repair_status_changed",
        "repair_quote_sent",
        "repair_status_changed",
        "repair_ready",
        "repair_status_changed",
    ]
    assert len(mail.outbox) == 7
    assert repair.history.count() >= 7


def test_under_warranty_the_quote_is_zero_and_needs_no_approval(owner, technician, branch):
    repair = register(
        by=owner,
        customer=owner.customer,
        branch=branch,
        purchase_date=timezone.localdate() - datetime.timedelta(days=10),
    )
    assert repair.under_warranty
    repair = services.repair_move(repair=repair, by=technician, name="receive", values=VALUES["receive"])
    repair = services.repair_move(repair=repair, by=technician, name="diagnose")
    repair = services.repair_move(repair=repair, by=technician, name="repair_under_warranty")
    assert repair.status == S.IN_REPAIR and repair.quote_total == Decimal("0.00")


def test_an_old_purchase_is_not_under_warranty(owner, branch):
    repair = register(
        by=owner,
        customer=owner.customer,
        branch=branch,
        purchase_date=timezone.localdate() - datetime.timedelta(days=900),
    )
    assert not repair.under_warranty


def test_a_declined_quote_sends_the_device_back_unrepaired(owner, technician, branch):
    repair = make(S.DIAGNOSING, owner=owner, branch=branch)
    repair = quote(repair, technician)
    repair = services.repair_move(repair=repair, by=owner, name="decline")
    assert repair.status == S.READY and repair.quote_decision == Repair.QuoteDecision.DECLINED
    ready = OutboxMessage.objects.filter(event="repair_ready", channel="email").get()
    assert ready.context["unrepaired"] == "yes"


def test_it_refuses_an_expired_quote_and_changes_nothing(owner, technician, branch):
    repair = make(S.DIAGNOSING, owner=owner, branch=branch)
    repair = quote(repair, technician)
    Repair.objects.filter(pk=repair.pk).update(quote_valid_until=timezone.localdate() - datetime.timedelta(days=1))
    with pytest.raises(WorkflowError, match="expired"):
        services.repair_move(repair=repair, by=owner, name="approve")
    repair.refresh_from_db()
    assert repair.status == S.QUOTE_SENT and repair.quote_decision == ""


def test_it_refuses_to_return_a_device_that_is_not_ready(owner, technician, branch):
    repair = make(S.IN_REPAIR, owner=owner, branch=branch)
    with pytest.raises(WorkflowError, match="not ready"):
        services.repair_move(repair=repair, by=technician, name="hand_back", values=VALUES["hand_back"])
    repair.refresh_from_db()
    assert repair.status == S.IN_REPAIR and repair.returned_to == ""


def test_it_refuses_a_hand_back_with_a_bad_identity_number(owner, technician, branch):
    repair = make(S.READY, owner=owner, branch=branch)
    with pytest.raises(WorkflowError, match="identity document"):
        services.repair_move(
            repair=repair, by=technician, name="hand_back", values={"returned_to": "A", "id_number": "12"}
        )
    repair.refresh_from_db()
    assert repair.status == S.READY and not RepairAction.objects.filter(repair=repair, kind="hand_back").exists()


def test_cancel_and_not_repairable_need_a_reason_and_only_before_ready(owner, technician, branch):
    repair = make(S.DIAGNOSING, owner=owner, branch=branch)
    with pytest.raises(WorkflowError, match="Say why"):
        services.repair_move(repair=repair, by=technician, name="cancel", values={"comment": " "})
    assert S.READY not in BEFORE_READY
    repair = services.repair_move(repair=repair, by=technician, name="not_repairable", values={"comment": "No parts"})
    assert repair.closing_reason == "No parts"


def test_a_quote_with_a_past_validity_date_is_refused(owner, technician, branch):
    repair = make(S.DIAGNOSING, owner=owner, branch=branch)
    with pytest.raises(WorkflowError):
        quote(repair, technician, valid_until=timezone.localdate() - datetime.timedelta(days=1))
    repair.refresh_from_db()
    assert repair.status == S.DIAGNOSING and not repair.quote_lines.exists()
