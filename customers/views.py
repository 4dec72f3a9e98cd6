"""Staff pages: customers (search, 360), service overview and its operations, failed activations;
and the portal's list of the account's services."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import services as account_services
from accounts.customer_tabs import customer_tabs
from accounts.models import Customer
from core.access import customer_required, staff_permission_required
from core.http import client_ip
from core.masking import mask
from core.pagination import CappedPaginator, page_of
from core.workflow import WorkflowError, moves_for, run_posted_move
from customers import activation, selectors, services
from customers.forms import AddOnForm, CancelForm, CustomerForm, CustomerSearchForm, PlanChangeForm, ServiceNotesForm


@staff_permission_required("accounts.view_customer")
def customer_list(request):
    form = CustomerSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    customers = selectors.customer_search(
        query=filters.get("q", ""),
        kind=filters.get("kind", ""),
        status=filters.get("status", ""),
        branch=filters.get("branch"),
        channel=filters.get("channel", ""),
    )
    if filters.get("q"):
        found = list(customers[:2])
        if len(found) == 1:
            return redirect("customers_staff:detail", found[0].pk)
    page, rows = page_of(request, customers, paginator_class=CappedPaginator)
    context = {
        "form": form,
        "page": page,
        "customers": rows,
        "counts": selectors.customer_counts(branch=filters.get("branch"), channel=filters.get("channel", "")),
    }
    return render(request, "customers/staff_list.html", context)


def _customer_form_page(request, customer):
    may_see = customer.pk is None or request.user.has_perm("accounts.view_customer_identity")
    form = CustomerForm(request.POST or None, instance=customer, show_identity=may_see)
    if customer.pk and may_see and request.method == "GET":
        # The form shows the identity data: that is a reveal, recorded like the 360 page's.
        account_services.customer_identity_reveal(customer=customer, by=request.user, ip_address=client_ip(request))
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.customer_save(form=form, by=request.user)
        except WorkflowError as error:
            form.add_error("tax_number" if "tax number" in str(error) else None, str(error))
        else:
            messages.success(request, _("Saved."))
            return redirect("customers_staff:detail", saved.pk)
    return render(request, "customers/staff_form.html", {"form": form, "customer": customer})


@staff_permission_required("accounts.add_customer")
def customer_new(request):
    return _customer_form_page(request, Customer())


@staff_permission_required("accounts.change_customer")
def customer_edit(request, pk: int):
    return _customer_form_page(request, selectors.customer_for_staff(request.user, pk))


def _customer_context(request, customer, **extra) -> dict:
    """The 360 page: every registered tab with its count (all in one query), the open one paged."""
    tabs = customer_tabs()
    wanted = request.GET.get("tab", "")
    current = next((tab for tab in tabs if tab.key == wanted), tabs[0])
    querysets = [tab.rows(request.user, customer) for tab in tabs]
    counts = selectors.counts_of(querysets)
    shown = [{"tab": tab, "count": count} for tab, count in zip(tabs, counts, strict=True)]
    page, rows = page_of(request, querysets[tabs.index(current)], count=counts[tabs.index(current)])
    return {
        "customer": customer,
        "passport_masked": mask(customer.passport_number),
        "tax_masked": mask(customer.tax_number),
        "tabs": shown,
        "current": current,
        "page": page,
        "rows": rows,
        "flash_notes": list(customer.services.exclude(flash_note="").values("phone_number", "flash_note")),
        **extra,
    }


@staff_permission_required("accounts.view_customer")
def customer_detail(request, pk: int):
    customer = selectors.customer_for_staff(request.user, pk)
    return render(request, "customers/staff_detail.html", _customer_context(request, customer))


@staff_permission_required("accounts.view_customer")
@require_POST
def customer_identity_reveal(request, pk: int):
    customer = selectors.customer_for_staff(request.user, pk)
    try:
        identity = account_services.customer_identity_reveal(
            customer=customer, by=request.user, ip_address=client_ip(request)
        )
    except PermissionError:
        messages.error(request, _("You may not see identity data."))
        return redirect("customers_staff:detail", customer.pk)
    return render(request, "customers/staff_detail.html", _customer_context(request, customer, identity=identity))


@staff_permission_required("accounts.change_customer")
@require_POST
def customer_status(request, pk: int, action: str):
    """Suspend, reactivate or "delete" (deactivate) the account, with a reason."""
    customer = selectors.customer_for_staff(request.user, pk)
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    change = {
        "suspend": services.customer_suspend,
        "delete": services.customer_deactivate,
    }.get(action, services.customer_reactivate)
    try:
        change(customer=customer, reason=reason, by=request.user)
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Done."))
    return redirect("customers_staff:detail", customer.pk)


def _service_context(request, service, **extra) -> dict:
    return {
        "service": service,
        # Not even a length hint: PIN and PUK are shown whole or not at all.
        "pin_masked": "••••" if service.pin else "—",
        "puk_masked": "••••••••" if service.puk else "—",
        "moves": moves_for(services.SERVICE_FLOW, service, request.user),
        "plan_form": PlanChangeForm(initial={"plan": service.plan_id}),
        "addon_form": AddOnForm(),
        "notes_form": ServiceNotesForm(
            initial={
                "flash_note": service.flash_note,
                "user_name": service.user_name,
                "user_relation": service.user_relation,
            }
        ),
        "addons": list(service.addons.all()),
        "plan_changes": list(service.plan_changes.select_related("old_plan", "new_plan", "by")[:20]),
        "accumulators": list(service.accumulators.all()),
        "actions": services.SERVICE_FLOW.label_actions(
            service.actions.select_related("actor").order_by("-created_at", "-pk")[:20]
        ),
        **extra,
    }


@staff_permission_required("customers.view_subscriberservice")
def service_detail(request, pk: int):
    service = selectors.service_for_user(request.user, pk)
    return render(request, "customers/staff_service.html", _service_context(request, service))


@staff_permission_required("customers.view_subscriberservice")
def service_by_number(request):
    service = selectors.service_by_number(request.GET.get("number", ""))
    if service is None:
        messages.error(request, _("No service has this number."))
        return redirect("customers_staff:list")
    return redirect("customers_staff:service", service.pk)


@staff_permission_required("customers.view_subscriberservice")
@require_POST
def service_reveal(request, pk: int):
    service = selectors.service_for_user(request.user, pk)
    try:
        secrets = services.service_secrets_reveal(service=service, by=request.user, ip_address=client_ip(request))
    except PermissionError:
        messages.error(request, _("You may not see PIN and PUK codes."))
        return redirect("customers_staff:service", service.pk)
    return render(request, "customers/staff_service.html", _service_context(request, service, secrets=secrets))


@staff_permission_required("customers.view_subscriberservice")
@require_POST
def service_move(request, pk: int):
    service = selectors.service_for_user(request.user, pk)
    try:
        run_posted_move(services.SERVICE_FLOW, service, user=request.user, data=request.POST)
    except WorkflowError as error:
        messages.error(request, str(error))
    return redirect("customers_staff:service", service.pk)


@staff_permission_required("customers.view_subscriberservice")
@require_POST
def service_operation(request, pk: int, operation: str):
    service = selectors.service_for_user(request.user, pk)
    forms = {"plan": PlanChangeForm, "addon": AddOnForm, "addon_remove": AddOnForm, "notes": ServiceNotesForm}
    form = forms[operation](request.POST) if operation in forms else None
    try:
        if operation == "settings":
            services.service_settings_send(service=service, by=request.user)
        elif form is None or not form.is_valid():
            raise WorkflowError(_("That action is not possible."))
        elif operation == "plan":
            services.service_plan_change(service=service, plan=form.cleaned_data["plan"], by=request.user)
        elif operation == "addon":
            services.service_addon_add(service=service, soc_code=form.cleaned_data["soc_code"], by=request.user)
        elif operation == "addon_remove":
            services.service_addon_remove(service=service, soc_code=form.cleaned_data["soc_code"], by=request.user)
        else:
            services.service_note_set(service=service, by=request.user, **form.cleaned_data)
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Done."))
    return redirect("customers_staff:service", service.pk)


@staff_permission_required("customers.view_activationjob")
def failed_list(request):
    page, jobs = page_of(request, selectors.failed_activations())
    return render(request, "customers/staff_failed.html", {"page": page, "jobs": jobs, "cancel_form": CancelForm()})


@staff_permission_required("customers.view_activationjob")
def job_detail(request, pk: int):
    """The step log; while the job runs, static/js/activation_steps.js reloads the partial."""
    job = selectors.job_for_staff(request.user, pk)
    context = {"job": job, "steps": list(job.steps.all())}
    if request.GET.get("partial"):
        return render(request, "customers/_activation_steps.html", context)
    return render(request, "customers/staff_job.html", context)


@staff_permission_required("customers.change_activationjob")
@require_POST
def job_action(request, pk: int, action: str):
    job = selectors.job_for_staff(request.user, pk)
    if action not in ("retry", "cancel"):
        raise Http404
    try:
        if action == "retry":
            activation.activation_retry(job=job, by=request.user)
        else:
            form = CancelForm(request.POST)
            activation.activation_cancel(
                job=job, by=request.user, reason=form.cleaned_data["reason"] if form.is_valid() else ""
            )
    except activation.ActivationRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, _("Done."))
    return redirect("customers_staff:failed")


@customer_required
def portal_services(request):
    page, rows = page_of(request, selectors.services_of(request.user.customer))
    return render(request, "customers/portal_services.html", {"page": page, "services": rows})
