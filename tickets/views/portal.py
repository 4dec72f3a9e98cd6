"""The customer's requests in the portal. Every lookup goes through the
selectors' scope: another account's ticket answers 404."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.access import customer_required
from core.files import stored_file_response
from core.pagination import page_of
from core.ratelimit import ratelimit
from tickets import selectors, services
from tickets.forms import RATING_LABELS, CorrectionForm, PortalListForm, PortalTicketForm, RatingForm, ReplyForm
from tickets.models import Ticket
from tickets.workflow import TicketWorkflowError, customer_may_reopen


def _filters(request) -> tuple[selectors.PortalFilters, PortalListForm]:
    form = PortalListForm(request.GET, sorts=selectors.PORTAL_SORTS)
    form.is_valid()
    data = {name: value for name, value in form.cleaned_data.items() if value not in (None, "")}
    return (
        selectors.PortalFilters(
            state=data.get("state", "all"), sort=data.get("sort", "-date"), query=data.get("q", ""), day=data.get("day")
        ),
        form,
    )


@customer_required
def ticket_list(request):
    filters, form = _filters(request)
    counts = selectors.portal_ticket_counts(request.user)
    # The tab's badge counts the same rows: no second COUNT.
    known = not filters.query and not filters.day and filters.state in counts
    page, tickets = page_of(
        request,
        selectors.portal_ticket_list(user=request.user, filters=filters),
        count=counts[filters.state] if known else None,
        compiled_as=selectors.portal_list_compiled(user=request.user, filters=filters),
    )
    context = {
        "page_obj": page,
        "tickets": tickets,
        "counts": counts,
        "outages": selectors.active_outages_for_user(request.user),
        "filters": filters,
        "form": form,
        "sort_columns": [
            ("number", _("Number")),
            ("date", _("Created")),
            ("priority", _("Priority")),
        ],
    }
    return render(request, "tickets/portal_list.html", context)


@customer_required
@require_http_methods(["GET", "POST"])
@ratelimit("ticket_create", keys=["user", "ip"])
def ticket_new(request):
    user = request.user
    form = PortalTicketForm(
        request.POST or None,
        request.FILES or None,
        initial={"contact_name": user.get_full_name(), "contact_phone": user.customer.phone or user.phone},
        region=user.customer.country,
        customer_id=user.customer_id,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            ticket = services.ticket_create(
                by=user,
                customer=user.customer,
                queue=data["queue"],
                subject=data["subject"],
                text=data["text"],
                contact_name=data["contact_name"],
                contact_phone=data["contact_phone"] or "",
                contract_number=data["contract_number"],
                priority=data["priority"],
                files=data["attachments"],
            )
        except TicketWorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Your request %(number)s has been received; we will answer you here and by e-mail.")
                % {"number": ticket.number},
                extra_tags=draft_tag(request, "new-request"),
            )
            if user.start_page == user.StartPage.REQUESTS:
                # They start on the list: back to it, the new request highlighted.
                return redirect(f"{reverse('tickets_portal:list')}?new={ticket.pk}#ticket-{ticket.pk}")
            return redirect(ticket.get_portal_url())
    return render(request, "tickets/portal_new.html", {"form": form})


def draft_tag(request, form_key: str) -> str:
    """Message tag telling static/js/forms.js that the draft of this form was sent and may be forgotten."""
    return f"draft:{request.user.pk}:{form_key}"


def _detail_context(request, ticket, *, reply_form=None, rating_form=None, correction_form=None) -> dict:
    may_resend = ticket.needs_creator_action and ticket.creator_id == request.user.pk
    return {
        "correction_form": correction_form
        or (
            CorrectionForm(
                region=request.user.customer.country,
                customer_id=request.user.customer_id,
                initial={
                    "subject": ticket.subject,
                    "text": ticket.text,
                    "contract_number": ticket.contract_number,
                    "contact_phone": ticket.contact_phone,
                },
            )
            if may_resend
            else None
        ),
        "ticket": ticket,
        "conversation": ticket.visible_messages,
        "files": ticket.ticket_files,
        "reply_form": reply_form or ReplyForm(),
        "rating_form": rating_form or RatingForm(),
        "can_reply": not ticket.is_closed or customer_may_reopen(ticket),
        "rating_label": RATING_LABELS.get(ticket.rating, ""),
        "filed_by_staff": ticket.channel != Ticket.Channel.PORTAL,
    }


@customer_required
def ticket_detail(request, pk: int):
    ticket = selectors.ticket_for_user(request.user, pk)
    return render(request, "tickets/portal_detail.html", _detail_context(request, ticket))


@customer_required
@require_POST
@ratelimit("ticket_reply", keys=["user", "ip"])
def ticket_reply(request, pk: int):
    ticket = selectors.ticket_for_user(request.user, pk)
    form = ReplyForm(request.POST, request.FILES)
    if form.is_valid():
        was_closed = ticket.is_closed
        try:
            services.ticket_reply(
                ticket=ticket, by=request.user, body=form.cleaned_data["body"], files=form.cleaned_data["attachments"]
            )
        except TicketWorkflowError as error:
            form.add_error(None, str(error))
        else:
            text = (
                _("Your message has been sent and your request %(number)s is open again.")
                if was_closed
                else _("Your message has been sent; request %(number)s now waits for our answer.")
            )
            messages.success(
                request, text % {"number": ticket.number}, extra_tags=draft_tag(request, f"reply-{ticket.pk}")
            )
            return redirect(ticket.get_portal_url())
    return render(request, "tickets/portal_detail.html", _detail_context(request, ticket, reply_form=form), status=400)


@customer_required
@require_POST
def ticket_rate(request, pk: int):
    ticket = selectors.ticket_for_user(request.user, pk)
    form = RatingForm(request.POST)
    if form.is_valid():
        try:
            services.ticket_rate(
                ticket=ticket, by=request.user, rating=form.cleaned_data["rating"], comment=form.cleaned_data["comment"]
            )
        except TicketWorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Thank you: your rating of %(number)s is saved.") % {"number": ticket.number})
        return redirect(ticket.get_portal_url())
    return render(request, "tickets/portal_detail.html", _detail_context(request, ticket, rating_form=form), status=400)


@customer_required
@require_POST
def ticket_resend(request, pk: int):
    ticket = selectors.ticket_for_user(request.user, pk)
    form = CorrectionForm(
        request.POST, request.FILES, region=request.user.customer.country, customer_id=request.user.customer_id
    )
    if form.is_valid():
        data = form.cleaned_data
        corrections = {name: data[name] for name in ("subject", "text", "contract_number") if name in data} | {
            "contact_phone": data["contact_phone"] or ""
        }
        try:
            services.ticket_resend(ticket=ticket, by=request.user, corrections=corrections, files=data["attachments"])
        except TicketWorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Your corrected request %(number)s has been sent again; it now waits for our answer.")
                % {"number": ticket.number},
                extra_tags=draft_tag(request, f"correction-{ticket.pk}"),
            )
            return redirect(ticket.get_portal_url())
    context = _detail_context(request, ticket, correction_form=form)
    return render(request, "tickets/portal_detail.html", context, status=400)


@customer_required
def attachment_download(request, pk: int):
    attachment = selectors.attachment_for_user(request.user, pk)
    return stored_file_response(
        attachment.file, content_type=attachment.content_type, filename=attachment.original_name
    )
