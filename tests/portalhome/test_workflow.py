"""The registration review table, move by move and role by role (generated from REGISTRATION_FLOW)."""

import pytest
from django.contrib.auth.models import Group

from core import roles
from core.workflow import WorkflowError
from portalhome.models import Registration
from portalhome.workflow import REGISTRATION_FLOW
from tests.factories import CustomerFactory, CustomerUserFactory, StaffUserFactory

pytestmark = pytest.mark.django_db
STAFF_ROLES = [r for r in roles.ROLE_LABELS if r != roles.CUSTOMER]
MAY_REVIEW = {roles.ADMINISTRATOR, roles.MANAGER, roles.SUPPORT_AGENT, roles.SALES}
CASES = [
    (transition.name, status, role)
    for transition in REGISTRATION_FLOW
    for status in Registration.Status.values
    for role in STAFF_ROLES
]


def pending_registration(status: str) -> Registration:
    customer = CustomerFactory(status="suspended")
    user = CustomerUserFactory(customer=customer, is_active=False)
    return Registration.objects.create(name="Dana", email=user.email, status=status, customer=customer, user=user)


@pytest.mark.parametrize("move, status, role", CASES)
def test_each_move_from_each_status_for_each_role(move, status, role):
    registration = pending_registration(status)
    by = StaffUserFactory(role=role)
    allowed = status in REGISTRATION_FLOW[move].sources and role in MAY_REVIEW
    values = {"comment": "Unknown person"}
    if allowed:
        REGISTRATION_FLOW.run(registration, move, by=by, values=values)
        registration.refresh_from_db()
        assert registration.status == REGISTRATION_FLOW[move].target
        assert registration.reviewed_by == by
        assert registration.user.is_active is (move == "approve")
    else:
        with pytest.raises(WorkflowError):
            REGISTRATION_FLOW.run(registration, move, by=by, values=values)
        registration.refresh_from_db()
        assert registration.status == status


def test_a_customer_may_not_review(owner):
    registration = pending_registration(Registration.Status.PENDING)
    with pytest.raises(WorkflowError):
        REGISTRATION_FLOW.run(registration, "approve", by=owner)


def test_reject_needs_a_reason():
    registration = pending_registration(Registration.Status.PENDING)
    manager = StaffUserFactory(role=roles.MANAGER)
    with pytest.raises(WorkflowError, match="Say why"):
        REGISTRATION_FLOW.run(registration, "reject", by=manager, values={})


def test_the_roles_in_the_table_match_the_groups():
    for role in STAFF_ROLES:
        group = Group.objects.get(name=role)
        holds = group.permissions.filter(codename="review_registration").exists()
        assert holds is (role in MAY_REVIEW), role


def test_a_value_the_move_does_not_ask_for_is_not_recorded_as_its_reason():
    registration = pending_registration(Registration.Status.PENDING)
    manager = StaffUserFactory(role=roles.MANAGER)
    REGISTRATION_FLOW.run(registration, "approve", by=manager, values={"comment": "typed in the reject box"})
    assert registration.history.first().history_change_reason == "approve"
