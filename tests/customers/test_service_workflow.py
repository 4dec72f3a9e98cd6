"""Service moves generated from SERVICE_FLOW: every allowed and refused move per role, and the operations."""

import pytest

from accounts.models import SecurityEvent
from core.workflow import WorkflowError
from customers.models import AddOn, PlanChange, ServiceAction, SimulatedFault, SubscriberService
from customers.services import (
    SERVICE_FLOW,
    service_addon_add,
    service_addon_remove,
    service_plan_change,
    service_secrets_reveal,
)
from tests.customers.conftest import make_service
from tests.factories import StaffUserFactory

S = SubscriberService.Status
ROLES = ["Administrator", "Manager", "Support agent", "Sales", "Technician", "Finance"]
CASES = [(role, transition.name, state) for role in ROLES for transition in SERVICE_FLOW for state in S.values]


@pytest.mark.parametrize(("role", "move", "state"), CASES)
def test_each_move_from_each_state_for_each_role(db, owner, plan, role, move, state):
    user = StaffUserFactory(role=role)
    service = make_service(customer=owner.customer, plan=plan, status=state)
    transition = SERVICE_FLOW[move]
    allowed = state in transition.sources and user.has_perm(transition.permission)
    if allowed:
        service = SERVICE_FLOW.run(service, move, by=user, values={"comment": "because"})
        assert service.status == transition.target
        assert ServiceAction.objects.get(service=service).kind == move
    else:
        with pytest.raises(WorkflowError):
            SERVICE_FLOW.run(service, move, by=user, values={"comment": "because"})
        service.refresh_from_db()
        assert service.status == state


def test_a_move_the_network_refuses_changes_nothing(owner, plan, manager):
    SimulatedFault.objects.create(step="*")
    service = make_service(customer=owner.customer, plan=plan)
    with pytest.raises(WorkflowError, match="network refused"):
        SERVICE_FLOW.run(service, "suspend", by=manager, values={"comment": "unpaid"})
    service.refresh_from_db()
    assert service.status == S.ACTIVE
    assert not ServiceAction.objects.exists()


def test_suspending_a_terminated_service_is_refused(owner, plan, manager):
    service = make_service(customer=owner.customer, plan=plan, status=S.TERMINATED)
    with pytest.raises(WorkflowError, match="Terminated"):
        SERVICE_FLOW.run(service, "suspend", by=manager, values={"comment": "x"})


def test_plan_change_is_recorded_with_old_new_and_who(owner, plan, other_plan, manager):
    service = make_service(customer=owner.customer, plan=plan)
    service_plan_change(service=service, plan=other_plan, by=manager)
    service.refresh_from_db()
    assert service.plan == other_plan
    change = PlanChange.objects.get(service=service)
    assert (change.old_plan, change.new_plan, change.by) == (plan, other_plan, manager)


def test_plan_not_on_sale_is_refused(owner, plan, other_plan, manager):
    other_plan.is_active = False
    other_plan.save()
    service = make_service(customer=owner.customer, plan=plan)
    with pytest.raises(WorkflowError, match="not on sale"):
        service_plan_change(service=service, plan=other_plan, by=manager)
    service.refresh_from_db()
    assert service.plan == plan
    assert not PlanChange.objects.exists()


def test_addons_are_added_and_removed_with_their_history(owner, plan, manager):
    service = make_service(customer=owner.customer, plan=plan)
    service_addon_add(service=service, soc_code="roam1", by=manager)
    with pytest.raises(WorkflowError, match="already"):
        service_addon_add(service=service, soc_code="ROAM1", by=manager)
    service_addon_remove(service=service, soc_code="ROAM1", by=manager)
    addon = AddOn.objects.get(service=service)
    assert addon.status == AddOn.Status.REMOVED
    assert addon.history.count() == 2


def test_changes_to_a_suspended_service_are_refused(owner, plan, other_plan, manager):
    service = make_service(customer=owner.customer, plan=plan, status=S.SUSPENDED)
    with pytest.raises(WorkflowError, match="only while it is active"):
        service_plan_change(service=service, plan=other_plan, by=manager)


def test_secrets_reveal_needs_the_permission_and_is_recorded(owner, plan, manager, agent):
    service = make_service(customer=owner.customer, plan=plan)
    with pytest.raises(PermissionError):
        service_secrets_reveal(service=service, by=agent)
    assert not SecurityEvent.objects.filter(kind=SecurityEvent.Kind.IDENTITY_REVEALED).exists()
    assert service_secrets_reveal(service=service, by=manager) == {"pin": "1234", "puk": "87654321"}
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.IDENTITY_REVEALED)
    assert (event.user, event.identifier) == (manager, service.phone_number)
