"""Every allowed and refused move of the billing tables, per role, generated from the tables themselves."""

import datetime
import itertools
from decimal import Decimal

import pytest
from django.utils import timezone

from billing.models import Contract, Invoice, Payment
from billing.workflow import CONTRACT_FLOW, INVOICE_FLOW, MONEY_MOVES, PAYMENT_FLOW
from core import roles
from core.workflow import WorkflowError
from tests.billing.conftest import ROLE_NAMES
from tests.factories import CustomerUserFactory, StaffUserFactory

pytestmark = pytest.mark.django_db
SERIAL = itertools.count()


def holds(role: str, permission: str) -> bool:
    app, codename = permission.split(".")
    granted = roles.ROLE_PERMISSIONS[role].get(app, [])
    return granted == roles.ALL or codename in granted


@pytest.fixture
def people(db, account_a):
    users = {role: StaffUserFactory(username=f"u-{index}", role=role) for index, role in enumerate(ROLE_NAMES)}
    users[roles.CUSTOMER] = CustomerUserFactory(username="cust", customer=account_a)
    return users


def contract_in(state, customer):
    today = timezone.localdate()
    return Contract.objects.create(
        number=f"K-{next(SERIAL)}",
        name="C",
        customer=customer,
        start_date=today,
        end_date=today,
        amount=1,
        status=state,
    )


def invoice_in(state, customer, name):
    past = timezone.localdate() - datetime.timedelta(days=3)
    return Invoice.objects.create(
        kind=Invoice.Kind.PROFORMA if name == "convert" else Invoice.Kind.INVOICE,
        number=f"X-{next(SERIAL)}",
        customer=customer,
        due_date=past,
        status=state,
        net=Decimal("100"),
        gross=Decimal("100"),
        paid_amount=Decimal("50") if name == "reverse_payment" else Decimal("0"),
    )


def payment_in(state, customer, user):
    return Payment.objects.create(
        number=f"P-{next(SERIAL)}",
        customer=customer,
        amount=Decimal("10"),
        method=Payment.Method.CASH,
        paid_on=timezone.localdate(),
        status=state,
        recorded_by=user,
    )


CASES = [
    (CONTRACT_FLOW, Contract.Status.values, "contract"),
    (INVOICE_FLOW, Invoice.Status.values, "invoice"),
    (PAYMENT_FLOW, Payment.Status.values, "payment"),
]


def build(kind, state, customer, name, user):
    if kind == "contract":
        return contract_in(state, customer)
    if kind == "invoice":
        return invoice_in(state, customer, name)
    return payment_in(state, customer, user)


def values_for(name):
    if name in MONEY_MOVES:
        return {"amount": Decimal("10.00")}
    return {"comment": "Because."}


@pytest.mark.parametrize(("flow", "states", "kind"), CASES, ids=[c[2] for c in CASES])
def test_every_move_in_every_state_for_every_role(flow, states, kind, people, account_a):
    problems = []
    for transition in flow:
        for state in states:
            for role, user in people.items():
                obj = build(kind, state, account_a, transition.name, people[roles.FINANCE])
                allowed = state in transition.sources and (
                    transition.permission is None or (role != roles.CUSTOMER and holds(role, transition.permission))
                )
                try:
                    moved = flow.run(obj, transition.name, by=user, values=values_for(transition.name))
                except WorkflowError:
                    moved = None
                    obj.refresh_from_db()
                    if flow.state_of(obj) != state:
                        problems.append(f"{transition.name} refused in {state} for {role} but the state changed")
                if allowed != (moved is not None):
                    problems.append(
                        f"{transition.name} from {state} as {role}: allowed={allowed}, ran={moved is not None}"
                    )
                if moved is not None and transition.target is not None and flow.state_of(moved) != transition.target:
                    problems.append(f"{transition.name} from {state} ended in {flow.state_of(moved)}")
    assert not problems, "\n".join(problems)


def test_every_move_leaves_an_action_row(account_a, finance):
    contract = contract_in(Contract.Status.DRAFT, account_a)
    CONTRACT_FLOW.run(contract, "activate", by=finance)
    action = contract.actions.get()
    assert (action.kind, action.from_status, action.to_status, action.actor) == ("activate", "draft", "active", finance)


def test_refusals_say_why(account_a, finance, invoice_a):
    with pytest.raises(WorkflowError, match="reverse them"):
        Invoice.objects.filter(pk=invoice_a.pk).update(paid_amount=Decimal("1"))
        INVOICE_FLOW.run(invoice_a, "cancel", by=finance, values={"comment": "x"})
    with pytest.raises(WorkflowError, match="Say why"):
        INVOICE_FLOW.run(invoice_a, "cancel", by=finance, values={})
    with pytest.raises(WorkflowError, match="not due yet"):
        INVOICE_FLOW.run(invoice_a, "mark_overdue", by=finance)
