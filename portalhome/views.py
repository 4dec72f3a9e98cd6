from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import customer_required, staff_permission_required
from core.files import stored_file_response
from core.http import client_ip
from core.pagination import page_of
from core.ratelimit import ratelimit
from core.workflow import WorkflowError, moves_for, run_posted_move
from portalhome import selectors, services
from portalhome.forms import ChoosePasswordForm, NoteForm, RegistrationForm
from portalhome.models import Registration
from portalhome.workflow import REGISTRATION_FLOW

# --- the customer's notes -----------------------------------------------------------------


@customer_required
def note_new(request):
    form = NoteForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        services.note_create(
            customer=request.user.customer,
            by=request.user,
            title=form.cleaned_data["title"],
            text=form.cleaned_data["text"],
            file=form.cleaned_data["file"],
        )
        messages.success(request, _("Your note is in your history."))
        return redirect("core:portal_history")
    return render(request, "portalhome/note_form.html", {"form": form, "note": None})


@customer_required
def note_edit(request, pk: int):
    note = selectors.note_for_user(request.user, pk)
    initial = {"title": note.title, "text": note.text}
    form = NoteForm(request.POST or None, request.FILES or None, initial=initial, has_file=bool(note.file))
    if request.method == "POST" and form.is_valid():
        services.note_update(
            note=note,
            by=request.user,
            title=form.cleaned_data["title"],
            text=form.cleaned_data["text"],
            file=form.cleaned_data["file"],
            remove_file=form.cleaned_data.get("remove_file", False),
        )
        messages.success(request, _("Your note is saved."))
        return redirect("core:portal_history")
    return render(request, "portalhome/note_form.html", {"form": form, "note": note})


@require_POST
@customer_required
def note_delete(request, pk: int):
    note = selectors.note_for_user(request.user, pk)
    services.note_delete(note=note, by=request.user)
    messages.success(request, _("The note is deleted."))
    return redirect("core:portal_history")


@customer_required
def note_file(request, pk: int):
    note = selectors.note_for_user(request.user, pk)
    if not note.file:
        raise Http404
    return stored_file_response(note.file, content_type=note.file_type, filename=note.file_name)


# --- self-registration ----------------------------------------------------------------


def _registration_closed(request):
    return render(request, "portalhome/register_closed.html", status=404)


@ratelimit("register", keys=["ip", "post:email"])
def register(request):
    if not settings.REGISTRATION_OPEN:
        return _registration_closed(request)
    if request.user.is_authenticated:
        return redirect(request.user.home_url())
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        phone = form.cleaned_data["phone"]
        services.registration_request(
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            phone=phone.as_e164 if phone else "",
            reference=form.cleaned_data["reference"],
            ip_address=client_ip(request),
        )
        return redirect("portalhome:register_sent")
    return render(request, "portalhome/register.html", {"form": form})


def register_sent(request):
    if not settings.REGISTRATION_OPEN:
        return _registration_closed(request)
    return render(request, "portalhome/register_sent.html", {"hours": settings.REGISTRATION_LINK_HOURS})


def register_confirm(request, token: str):
    if not settings.REGISTRATION_OPEN:
        return _registration_closed(request)
    try:
        registration = services.registration_from_token(token)
    except services.RegistrationRefused as refused:
        return render(request, "portalhome/register_refused.html", {"message": str(refused)}, status=400)
    form = ChoosePasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            registration = services.registration_confirm(
                registration=registration, password=form.cleaned_data["password1"]
            )
        except services.RegistrationRefused as refused:
            return render(request, "portalhome/register_refused.html", {"message": str(refused)}, status=400)
        return render(request, "portalhome/register_done.html", {"registration": registration})
    return render(request, "portalhome/register_confirm.html", {"form": form, "registration": registration})


# --- the staff review queue -----------------------------------------------------------------


@staff_permission_required("portalhome.review_registration")
def registrations(request):
    status = request.GET.get("status", Registration.Status.PENDING)
    if status not in Registration.Status.values:
        status = Registration.Status.PENDING
    page, rows = page_of(request, selectors.registrations_for_review(status=status))
    rows = [{"registration": r, "moves": moves_for(REGISTRATION_FLOW, r, request.user)} for r in rows]
    return render(
        request,
        "portalhome/staff_registrations.html",
        {"page_obj": page, "rows": rows, "status": status, "statuses": Registration.Status.choices},
    )


@require_POST
@staff_permission_required("portalhome.review_registration")
def registration_move(request, pk: int):
    registration = selectors.registration_for_user(request.user, pk)
    try:
        run_posted_move(REGISTRATION_FLOW, registration, user=request.user, data=request.POST)
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Done."))
    return redirect(reverse("portalhome:registrations"))
