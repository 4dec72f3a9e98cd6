"""Staff side of tickets: my folder, queues, search, the ticket page and its
actions, interactions and outages. Permissions are checked here; the object
scope by tickets.selectors (404 outside it); the rules by tickets.workflow."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from accounts.models import Customer
from core.access import staff_permission_required
from core.files import stored_file_response
from core.pagination import CappedPaginator, page_of
from core.ratelimit import ratelimit
from core.workflow import moves_for, run_posted_move
from tickets import selectors, services, workflow
from tickets.forms_staff import (
    InteractionForm,
    OutageForm,
    OutageLinkForm,
    SearchForm,
    StaffReplyForm,
    StaffTicketForm,
)
from tickets.models import Outage
from tickets.workflow import TicketWorkflowError

permission = staff_permission_required


@permission("tickets.view_ticket")
def folder(request):
    page, tickets = page_of(request, selectors.staff_folder(user=request.user))
    return render(
        request,
        "tickets/staff_folder.html",
        {
            "page_obj": page,
            "tickets": tickets,
            "queues": selectors.queues_for(request.user),
            "title": _("My folder"),
        },
    )


@permission("tickets.view_ticket")
def queue(request, pk: int):
    waiting = selectors.waiting_per_queue()  # read once: the page count and the sidebar's badges
    current, sidebar = selectors.queue_with_sidebar(request.user, pk, waiting=waiting)
    page, tickets = page_of(
        request,
        selectors.queue_tickets(queue_id=current.pk),
        count=waiting.get(current.pk, 0),
        compiled_as=("tickets.queue", selectors.queue_tickets, {"queue_id": current.pk}),
    )
    return render(
        request,
        "tickets/staff_folder.html",
        {
            "page_obj": page,
            "tickets": tickets,
            "queues": sidebar,
            "current_queue": current,
            "title": current.display_name,
        },
    )


@permission("tickets.view_ticket")
def search(request):
    form = SearchForm(request.GET or None)
    page, tickets = None, []
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        criteria = selectors.StaffSearch(
            query=data["q"].strip(),
            customer=data["customer"].strip(),
            contract=data["contract"],
            phone=str(data["phone"] or ""),
            status=data["status"],
            queue=data["queue"],
            owner=data["owner"],
            since=data["since"],
            until=data["until"],
        )
        if not criteria.is_empty:
            page, tickets = page_of(
                request,
                selectors.staff_search(user=request.user, criteria=criteria),
                paginator_class=CappedPaginator,
                compiled_as=selectors.staff_search_compiled(user=request.user, criteria=criteria),
            )
    return render(request, "tickets/staff_search.html", {"form": form, "page_obj": page, "tickets": tickets})


@permission("tickets.add_ticket")
@require_http_methods(["GET", "POST"])
@ratelimit("ticket_create", keys=["user", "ip"])
def ticket_new(request):
    initial = {}
    customer_id = request.GET.get("customer", "")
    customer = Customer.objects.filter(pk=customer_id).first() if customer_id.isdigit() else None
    if customer:
        initial = {"customer": customer, "contact_name": customer.name, "contact_phone": customer.phone}
    form = StaffTicketForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            ticket = services.ticket_create(
                by=request.user,
                customer=data["customer"],
                queue=data["queue"],
                subject=data["subject"],
                text=data["text"],
                contact_name=data["contact_name"],
                contact_phone=data["contact_phone"] or "",
                contract_number=data["contract_number"],
                type=data["type"],
                priority=data["priority"],
                channel=data["channel"],
                files=data["attachments"],
            )
        except TicketWorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Ticket %(number)s created.") % {"number": ticket.number},
                extra_tags=f"draft:{request.user.pk}:staff-new-ticket",
            )
            return redirect(ticket.get_absolute_url())
    return render(request, "tickets/staff_new.html", {"form": form})


def _detail_context(request, ticket, **forms) -> dict:
    user = request.user
    can_work = workflow.may_work(ticket, user)
    return {
        "ticket": ticket,
        "conversation": ticket.visible_messages,
        "files": ticket.ticket_files,
        "actions": selectors.ticket_actions(ticket),
        "moves": moves_for(workflow.TICKET_FLOW, ticket, user),
        # Only those who may work on the ticket get the form that links it to an outage.
        "outages": selectors.open_outages(ticket) if can_work else [],
        "reply_form": forms.get("reply_form") or StaffReplyForm(prefix="reply"),
        "comment_form": forms.get("comment_form") or StaffReplyForm(prefix="comment"),
        "can_work": can_work,
        **selectors.customer_context(ticket=ticket, user=user),
    }


@permission("tickets.view_ticket")
def ticket_detail(request, pk: int):
    ticket = selectors.ticket_for_user(request.user, pk, staff_page=True)
    services.ticket_seen_by_owner(ticket=ticket, user=request.user)
    return render(request, "tickets/staff_detail.html", _detail_context(request, ticket))


# What the agent is told after a move, saying where the ticket is now; other moves say their label.
MOVE_DONE = {
    "dispatch": gettext_lazy("%(number)s sent to the queue %(queue)s."),
    "resend": gettext_lazy("%(number)s corrected and sent again to the queue %(queue)s."),
    "take": gettext_lazy("%(number)s taken: it is now in your folder."),
    "return": gettext_lazy("%(number)s returned to its creator with your reason."),
    "forward": gettext_lazy("%(number)s forwarded to the queue %(queue)s."),
    "close": gettext_lazy("%(number)s closed; the customer is told."),
    "reopen": gettext_lazy("%(number)s reopened: it is in your folder again."),
}


@permission("tickets.change_ticket")
@require_POST
def ticket_move(request, pk: int):
    ticket = selectors.ticket_for_user(request.user, pk)
    try:
        moved = run_posted_move(workflow.TICKET_FLOW, ticket, user=request.user, data=request.POST)
    except TicketWorkflowError as error:
        messages.error(request, str(error))
        return redirect(ticket.get_absolute_url())
    action = request.POST["action"]
    done = MOVE_DONE.get(action)
    if done is None:
        text = _("%(number)s: %(move)s.") % {"number": moved.number, "move": workflow.TICKET_FLOW[action].label}
    else:
        text = done % {"number": moved.number, "queue": moved.queue.display_name}
    messages.success(request, text)
    if not workflow.may_work(moved, request.user):
        # Out of this agent's queues: they stay on its page, read-only, and are told where it went.
        messages.info(
            request,
            _("%(number)s is now with the queue “%(queue)s”. You can still read it here.")
            % {"number": moved.number, "queue": moved.queue.display_name},
        )
    return redirect(moved.get_absolute_url())


@permission("tickets.change_ticket")
@require_POST
@ratelimit("ticket_reply", keys=["user", "ip"])
def ticket_reply(request, pk: int):
    return _post_message(request, pk, prefix="reply", service=services.ticket_reply)


@permission("tickets.change_ticket")
@require_POST
def ticket_comment(request, pk: int):
    return _post_message(request, pk, prefix="comment", service=services.ticket_comment)


def _post_message(request, pk: int, *, prefix: str, service):
    ticket = selectors.ticket_for_user(request.user, pk)
    if not workflow.may_work(ticket, request.user):
        messages.error(request, _("Only agents of the queue “%(queue)s” can do this.") % {"queue": ticket.queue.name})
        return redirect(ticket.get_absolute_url())
    form = StaffReplyForm(request.POST, request.FILES, prefix=prefix)
    if form.is_valid():
        try:
            service(
                ticket=ticket, by=request.user, body=form.cleaned_data["body"], files=form.cleaned_data["attachments"]
            )
        except TicketWorkflowError as error:
            messages.error(request, str(error))
        else:
            if prefix == "reply":
                text = _("Reply sent to the customer; %(number)s now waits for their answer.")
            else:
                text = _("Internal note added to %(number)s — the customer does not see it.")
            messages.success(
                request, text % {"number": ticket.number}, extra_tags=f"draft:{request.user.pk}:{prefix}-{pk}"
            )
            return redirect(ticket.get_absolute_url())
    context = _detail_context(request, ticket, **{f"{prefix}_form": form})
    return render(request, "tickets/staff_detail.html", context, status=400)


@permission("tickets.change_ticket")
@require_POST
def ticket_link_outage(request, pk: int):
    ticket = selectors.ticket_for_user(request.user, pk)
    form = OutageLinkForm(request.POST)
    if form.is_valid():
        try:
            services.ticket_link_outage(ticket=ticket, outage=form.cleaned_data["outage"], by=request.user)
        except TicketWorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Saved."))
    else:
        messages.error(request, _("Choose an outage from the list."))
    return redirect(ticket.get_absolute_url())


@permission("tickets.view_ticket")
def attachment_download(request, pk: int):
    attachment = selectors.attachment_for_user(request.user, pk)
    return stored_file_response(
        attachment.file, content_type=attachment.content_type, filename=attachment.original_name
    )


@permission("tickets.view_interaction")
def interaction_list(request):
    customer_id = request.GET.get("customer")
    customer = Customer.objects.filter(pk=customer_id).first() if (customer_id or "").isdigit() else None
    page, interactions = page_of(
        request, selectors.interactions_for(user=request.user, customer_id=customer.pk if customer else None)
    )
    return render(
        request,
        "tickets/staff_interactions.html",
        {"page_obj": page, "interactions": interactions, "customer": customer},
    )


@permission("tickets.add_interaction")
@require_http_methods(["GET", "POST"])
def interaction_new(request):
    customer_id = request.GET.get("customer", "")
    form = InteractionForm(request.POST or None, initial={"customer": customer_id} if customer_id.isdigit() else {})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.interaction_log(
            customer=data["customer"],
            by=request.user,
            kind=data["kind"],
            direction=data["direction"],
            summary=data["summary"],
            occurred_at=data["occurred_at"],
        )
        messages.success(request, _("Interaction logged."))
        return redirect(f"{reverse('tickets_staff:interactions')}?customer={data['customer'].pk}")
    return render(request, "tickets/staff_form.html", {"form": form, "title": _("Log an interaction")})


@permission("tickets.view_outage")
def outage_list(request):
    page, outages = page_of(request, selectors.outage_list())
    return render(request, "tickets/staff_outages.html", {"page_obj": page, "outages": outages})


@permission("tickets.declare_outage")
@require_http_methods(["GET", "POST"])
def outage_new(request):
    form = OutageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            outage = services.outage_declare(by=request.user, **form.cleaned_data)
        except TicketWorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Outage declared."))
            return redirect("tickets_staff:outage_detail", pk=outage.pk)
    return render(request, "tickets/staff_form.html", {"form": form, "title": _("Declare an outage")})


@permission("tickets.view_outage")
def outage_detail(request, pk: int):
    outage = get_object_or_404(selectors.outage_list(), pk=pk)
    tickets = list(
        selectors.tickets_visible_to(request.user)
        .filter(outage=outage)
        .select_related("customer", "queue")
        .defer(*selectors.LIST_DEFERRED)
        .order_by("-created_at")[:50]
    )
    return render(
        request,
        "tickets/staff_outage_detail.html",
        {
            "outage": outage,
            "tickets": tickets,
            "affected": services.outage_affected_customers(outage).count(),
            "moves": moves_for(workflow.OUTAGE_FLOW, outage, request.user),
        },
    )


@permission("tickets.declare_outage")
@require_http_methods(["GET", "POST"])
def outage_notify(request, pk: int):
    """GET: who will be told and what they read; POST: send, once per update of the outage."""
    outage = get_object_or_404(Outage, pk=pk)
    if request.method == "POST":
        try:
            count = services.outage_notify_customers(outage=outage, by=request.user)
        except TicketWorkflowError as error:
            messages.warning(request, str(error))
        else:
            messages.success(
                request,
                ngettext(
                    "SMS sent to %(count)d customer in %(area)s.", "SMS sent to %(count)d customers in %(area)s.", count
                )
                % {"count": count, "area": outage.area},
            )
        return redirect("tickets_staff:outage_detail", pk=pk)
    return render(
        request,
        "tickets/staff_outage_notify.html",
        {"outage": outage, **services.outage_sms_preview(outage=outage)},
    )


@permission("tickets.view_outage")
@require_POST
def outage_status(request, pk: int):
    """Every move of OUTAGE_FLOW; the table checks the permission each needs."""
    outage = get_object_or_404(selectors.outage_list(), pk=pk)
    try:
        moved = run_posted_move(workflow.OUTAGE_FLOW, outage, user=request.user, data=request.POST)
    except TicketWorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Outage: %(status)s.") % {"status": moved.get_status_display()})
    return redirect("tickets_staff:outage_detail", pk=pk)
