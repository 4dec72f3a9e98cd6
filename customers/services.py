"""Changes to subscriber services: each is an operation through the provisioning adapter."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts import services as account_services
from accounts.models import Customer, SecurityEvent, User
from accounts.services import security_event_record
from core.workflow import Input, Transition, Workflow, WorkflowError
from customers import notices
from customers.models import AddOn, PlanChange, ServiceAction, SubscriberService
from customers.provisioning import ProvisioningError, Request, adapter

S = SubscriberService.Status


def _provision(operation: str):
    """An `after` hook: the move is made only if the network accepts it (else the transaction rolls back)."""

    def after(service: SubscriberService, by, values: dict, before) -> None:
        _call(service, operation, {})
        notices.service_status_changed(service, by, values, before)

    return after


def _call(service: SubscriberService, operation: str, payload: dict) -> dict:
    try:
        return adapter().call(
            Request(
                job_id=service.pk,
                step=operation,
                payload={"phone_number": service.phone_number, "operation": operation, **payload},
            )
        )
    except ProvisioningError as error:
        raise WorkflowError(_("The network refused the operation: %(error)s") % {"error": error}) from error


SERVICE_FLOW = Workflow(
    model=SubscriberService,
    field="status",
    action_model=ServiceAction,
    action_fk="service",
    stamp_field="updated_at",
    transitions=[
        Transition(
            "suspend",
            gettext_lazy("Suspend"),
            sources={S.ACTIVE},
            target=S.SUSPENDED,
            permission="customers.change_subscriberservice",
            inputs=[
                Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why the service is suspended."))
            ],
            after=_provision("suspend"),
        ),
        Transition(
            "resume",
            gettext_lazy("Resume"),
            sources={S.SUSPENDED},
            target=S.ACTIVE,
            permission="customers.change_subscriberservice",
            inputs=[Input("comment", gettext_lazy("Note"))],
            after=_provision("resume"),
            primary=True,
        ),
        Transition(
            "terminate",
            gettext_lazy("Terminate"),
            sources={S.ACTIVE, S.SUSPENDED},
            target=S.TERMINATED,
            permission="customers.delete_subscriberservice",
            inputs=[
                Input("comment", gettext_lazy("Reason"), required=gettext_lazy("Say why the service is terminated."))
            ],
            after=_provision("disconnect"),
        ),
    ],
)


def _check_open(service: SubscriberService, by: User) -> None:
    if not by.has_perm("customers.change_subscriberservice"):
        raise WorkflowError(_("You may not do this."))
    if service.status != S.ACTIVE:
        raise WorkflowError(
            _("The service is %(status)s: it can be changed only while it is active.")
            % {"status": service.get_status_display()}
        )


@transaction.atomic
def service_plan_change(*, service: SubscriberService, plan, by: User) -> SubscriberService:
    service = SERVICE_FLOW.lock(service)
    _check_open(service, by)
    if not plan.is_on_sale():
        raise WorkflowError(_("The plan “%(plan)s” is not on sale.") % {"plan": plan})
    if plan.pk == service.plan_id:
        raise WorkflowError(_("The service is already on this plan."))
    _call(service, "change_plan", {"plan": plan.technical_name})
    old = service.plan
    service.plan, service.updated_at = plan, timezone.now()
    service._change_reason = f"plan {old.technical_name} → {plan.technical_name}"[:100]
    service.save(update_fields=["plan", "updated_at"])
    PlanChange.objects.create(service=service, old_plan=old, new_plan=plan, by=by)
    ServiceAction.objects.create(
        service=service,
        actor=by,
        kind="change_plan",
        from_status=service.status,
        to_status=service.status,
        comment=f"{old} → {plan}",
    )
    return service


@transaction.atomic
def service_addon_add(*, service: SubscriberService, soc_code: str, by: User) -> AddOn:
    service = SERVICE_FLOW.lock(service)
    _check_open(service, by)
    soc_code = soc_code.strip().upper()
    if not soc_code:
        raise WorkflowError(_("Give the add-on's SOC code."))
    addon = service.addons.filter(soc_code=soc_code).first()
    if addon and addon.status == AddOn.Status.ACTIVE:
        raise WorkflowError(_("The add-on %(soc)s is already on.") % {"soc": soc_code})
    _call(service, "add_addon", {"soc": soc_code})
    addon = addon or AddOn(service=service, soc_code=soc_code)
    addon.status, addon.error, addon.updated_at = AddOn.Status.ACTIVE, "", timezone.now()
    addon._change_reason = f"added by {by.username}"
    addon.save()
    ServiceAction.objects.create(service=service, actor=by, kind="add_addon", comment=soc_code)
    return addon


@transaction.atomic
def service_addon_remove(*, service: SubscriberService, soc_code: str, by: User) -> AddOn:
    service = SERVICE_FLOW.lock(service)
    _check_open(service, by)
    addon = service.addons.filter(soc_code=soc_code, status=AddOn.Status.ACTIVE).first()
    if addon is None:
        raise WorkflowError(_("The add-on %(soc)s is not on this service.") % {"soc": soc_code})
    _call(service, "remove_addon", {"soc": soc_code})
    addon.status, addon.updated_at = AddOn.Status.REMOVED, timezone.now()
    addon._change_reason = f"removed by {by.username}"
    addon.save(update_fields=["status", "updated_at"])
    ServiceAction.objects.create(service=service, actor=by, kind="remove_addon", comment=soc_code)
    return addon


@transaction.atomic
def service_settings_send(*, service: SubscriberService, by: User) -> None:
    """Send the phone's settings to the device by SMS (the network's over-the-air message)."""
    _check_open(service, by)
    _call(service, "send_settings", {"device_model": service.device_model})
    ServiceAction.objects.create(service=service, actor=by, kind="send_settings", comment=service.device_model)


def service_secrets_reveal(*, service: SubscriberService, by: User, ip_address: str | None = None) -> dict[str, str]:
    """PIN and PUK for a user with the permission; every reveal is recorded."""
    if not by.has_perm("customers.view_service_secrets"):
        raise PermissionError("no permission to see PIN/PUK")
    security_event_record(
        kind=SecurityEvent.Kind.IDENTITY_REVEALED,
        user=by,
        identifier=service.phone_number,
        ip_address=ip_address,
        detail=f"PIN/PUK of service {service.pk}",
    )
    return {"pin": service.pin, "puk": service.puk}


@transaction.atomic
def service_note_set(*, service: SubscriberService, by: User, flash_note: str, user_name: str, user_relation: str):
    """The flash note and the questionnaire (who actually uses the number)."""
    if not by.has_perm("customers.change_subscriberservice"):
        raise WorkflowError(_("You may not do this."))
    service = SERVICE_FLOW.lock(service)
    service.flash_note, service.user_name, service.user_relation = flash_note, user_name, user_relation
    service.updated_at = timezone.now()
    service._change_reason = f"notes by {by.username}"
    service.save(update_fields=["flash_note", "user_name", "user_relation", "updated_at"])
    return service


@transaction.atomic
def customer_suspend(*, customer: Customer, reason: str, by: User) -> Customer:
    """Suspend an account with a reason; its users are told (and their sessions end)."""
    if not by.has_perm("accounts.change_customer"):
        raise WorkflowError(_("You may not do this."))
    if not reason.strip():
        raise WorkflowError(_("Say why the account is suspended."))
    customer = Customer.objects.select_for_update().get(pk=customer.pk)
    if customer.status == Customer.Status.SUSPENDED:
        raise WorkflowError(_("The account is already suspended."))
    if customer.status == Customer.Status.DEACTIVATED:
        raise WorkflowError(_("The account is deactivated: reactivate it first."))
    customer = account_services.customer_suspend(customer=customer, reason=reason.strip(), by=by)
    notices.customer_status_changed(customer, comment=reason.strip())
    return customer


@transaction.atomic
def customer_reactivate(*, customer: Customer, reason: str, by: User) -> Customer:
    if not by.has_perm("accounts.change_customer"):
        raise WorkflowError(_("You may not do this."))
    if not reason.strip():
        raise WorkflowError(_("Say why the account is reactivated."))
    customer = Customer.objects.select_for_update().get(pk=customer.pk)
    if customer.status == Customer.Status.ACTIVE:
        raise WorkflowError(_("The account is already active."))
    customer = account_services.customer_reactivate(customer=customer, by=by)
    notices.customer_status_changed(customer, comment=reason.strip())
    return customer


@transaction.atomic
def customer_deactivate(*, customer: Customer, reason: str, by: User) -> Customer:
    """Staff "delete" a customer: the account is deactivated, never removed, so its orders, tickets,
    invoices and services keep referring to it. The reason is recorded in the history, the account's
    users are told and can no longer log in; `customer_reactivate` undoes it."""
    if not by.has_perm("accounts.change_customer"):
        raise WorkflowError(_("You may not do this."))
    if not reason.strip():
        raise WorkflowError(_("Say why the customer is deleted."))
    customer = Customer.objects.select_for_update().get(pk=customer.pk)
    if customer.status == Customer.Status.DEACTIVATED:
        raise WorkflowError(_("The customer is already deactivated."))
    # Told before the logins close: the notice goes to the users who are active now.
    notices.customer_status_changed(
        account_services.customer_deactivate(customer=customer, reason=reason.strip(), by=by), comment=reason.strip()
    )
    return customer


@transaction.atomic
def customer_save(*, form, by: User) -> Customer:
    """Create or edit a customer from a valid CustomerForm; a tax number another customer has is refused."""
    customer = form.instance
    creating = customer.pk is None
    if not by.has_perm("accounts.add_customer" if creating else "accounts.change_customer"):
        raise WorkflowError(_("You may not do this."))
    tax_number = form.cleaned_data.get("tax_number", "")
    if tax_number and Customer.objects.filter(tax_number__iexact=tax_number).exclude(pk=customer.pk).exists():
        raise WorkflowError(_("Another customer already has the tax number %(number)s.") % {"number": tax_number})
    customer = form.save(commit=False)
    customer._change_reason = f"{'created' if creating else 'edited'} by {by.username}"
    customer.save()
    return customer
