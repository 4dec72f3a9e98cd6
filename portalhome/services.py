"""Writes of the portal home: the customer's notes and self-registration."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Customer, User
from accounts.services import customer_reactivate, user_create
from core.discovery import app_modules
from core.files import CheckedFile
from core.roles import CUSTOMER
from core.urls import absolute_url
from notifications.services import Contact, notify
from portalhome.models import Note, Registration

security_log = logging.getLogger("omsportal.security")
TOKEN_SALT = "portalhome.registration"


class RegistrationRefused(Exception):
    """A link or a confirmation that cannot be used; str(error) is the translated message."""


# --- notes ------------------------------------------------------------------------------


def _attach(note: Note, file: CheckedFile | None) -> list[str]:
    if file is None:
        return []
    if note.file:
        note.file.delete(save=False)
    note.file.save(file.stored_name, file.upload, save=False)
    note.file_name, note.file_type = file.name, file.content_type
    return ["file", "file_name", "file_type"]


@transaction.atomic
def note_create(*, customer: Customer, by: User, title: str, text: str, file: CheckedFile | None = None) -> Note:
    note = Note(customer=customer, author=by, title=title, text=text)
    _attach(note, file)
    note._change_reason = "created"
    note.save()
    return note


@transaction.atomic
def note_update(
    *, note: Note, by: User, title: str, text: str, file: CheckedFile | None = None, remove_file: bool = False
) -> Note:
    note = Note.objects.select_for_update().get(pk=note.pk)
    note.title, note.text, note.updated_at = title, text, timezone.now()
    fields = ["title", "text", "updated_at"]
    if remove_file and note.file and file is None:
        note.file.delete(save=False)
        note.file_name = note.file_type = ""
        fields += ["file", "file_name", "file_type"]
    fields += _attach(note, file)
    note._change_reason = f"edited by {by.username}"
    note.save(update_fields=fields)
    return note


@transaction.atomic
def note_delete(*, note: Note, by: User) -> None:
    stored = note.file.name if note.file else ""
    note._change_reason = f"deleted by {by.username}"
    note.delete()
    if stored:
        storage = Note._meta.get_field("file").storage
        transaction.on_commit(lambda: storage.delete(stored))


# --- self-registration ----------------------------------------------------------------


def registration_token(registration: Registration) -> str:
    return signing.dumps({"r": registration.pk}, salt=TOKEN_SALT)


def _link_hours() -> int:
    return settings.REGISTRATION_LINK_HOURS


def _open_registration_exists(email: str) -> bool:
    """A sign-up of this address whose link still works, or that waits for review."""
    fresh = timezone.now() - timedelta(hours=_link_hours())
    return (
        Registration.objects.filter(email__iexact=email)
        .filter(Q(status=Registration.Status.PENDING) | Q(status=Registration.Status.LINK_SENT, created_at__gte=fresh))
        .exists()
    )


@transaction.atomic
def registration_request(
    *, name: str, email: str, phone: str = "", reference: str = "", ip_address: str | None = None
) -> Registration | None:
    """Record a sign-up and send the confirmation link; None when nothing is done.

    The caller answers the same whatever happens here, so the page tells nobody whether
    an address is known. An address with a login, or with a sign-up still open, gets nothing new.
    """
    email = email.strip()
    if User.objects.filter(email__iexact=email).exists() or _open_registration_exists(email):
        security_log.info("registration refused silently ip=%s", ip_address)
        return None
    registration = Registration(
        name=name.strip(), email=email, phone=phone, reference=reference.strip(), ip_address=ip_address
    )
    registration._change_reason = "signed up"
    registration.save()
    notify(
        event="registration_link",
        recipients=[Contact(name=registration.name, email=email)],
        context={
            "name": registration.name,
            "confirm_url": absolute_url(
                reverse("portalhome:register_confirm", args=[registration_token(registration)])
            ),
            "hours": _link_hours(),
        },
        channels=["email"],
    )
    return registration


def registration_from_token(token: str) -> Registration:
    """The registration a link names, if the link is genuine, fresh and unused."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=_link_hours() * 3600)
    except signing.SignatureExpired:
        raise RegistrationRefused(_("This link has expired. Please sign up again.")) from None
    except signing.BadSignature:
        raise RegistrationRefused(_("This link is not valid.")) from None
    registration = Registration.objects.filter(pk=data.get("r")).first()
    if registration is None:
        raise RegistrationRefused(_("This link is not valid."))
    if registration.status != Registration.Status.LINK_SENT:
        raise RegistrationRefused(_("This link has already been used. Log in, or reset your password."))
    return registration


def account_for(reference: str) -> Customer | None:
    """The account a customer number or a contract number names (every app's `account_lookup`
    module answers for its own contract numbers); None for none, or for a number two accounts share."""
    reference = reference.strip()
    if not reference:
        return None
    customer = Customer.objects.filter(number__iexact=reference).first()
    if customer is not None:
        return customer
    ids = {pk for provider in app_modules("account_lookup") for pk in provider.customer_ids(reference)}
    return Customer.objects.filter(pk=ids.pop()).first() if len(ids) == 1 else None


def _split_name(name: str) -> tuple[str, str]:
    first, _sep, last = name.partition(" ")
    return first[:150], last[:150]


def _portal_user(registration: Registration, *, customer: Customer, password: str) -> User:
    first, last = _split_name(registration.name)
    user, _temporary = user_create(
        username=registration.email.lower(),
        email=registration.email,
        first_name=first,
        last_name=last,
        phone=registration.phone,
        customer=customer,
        groups=Group.objects.filter(name=CUSTOMER),
        password=password,
    )
    return user


@transaction.atomic
def registration_confirm(*, registration: Registration, password: str) -> Registration:
    """The registrant opened the link and chose a password.

    A customer or contract number and an e-mail that both match an account join it at once; a number of an
    account with another e-mail is refused; no number, or an unknown one, opens a pending
    customer (its user inactive) that staff review.
    """
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Registration.Status.LINK_SENT:
        raise RegistrationRefused(_("This link has already been used. Log in, or reset your password."))
    if User.objects.filter(email__iexact=registration.email).exists():
        raise RegistrationRefused(
            _("There is already a login for this e-mail address. Log in, or reset your password.")
        )
    customer = account_for(registration.reference)
    if customer is not None:
        if customer.email.casefold() != registration.email.casefold():
            raise RegistrationRefused(
                _(
                    "The number you gave belongs to an account with another e-mail address. "
                    "Sign up with that address, or leave the number empty and we will review your request."
                )
            )
        registration.user = _portal_user(registration, customer=customer, password=password)
        registration.status = Registration.Status.JOINED
    else:
        customer = Customer(
            name=registration.name,
            email=registration.email,
            phone=registration.phone,
            status=Customer.Status.SUSPENDED,
            suspension_reason="Self-registration waiting for review",
        )
        customer._change_reason = "self-registration"
        customer.save()
        user = _portal_user(registration, customer=customer, password=password)
        user.is_active = False
        user._change_reason = "self-registration waiting for review"
        user.save(update_fields=["is_active"])
        registration.user = user
        registration.status = Registration.Status.PENDING
    registration.customer = customer
    registration.confirmed_at = timezone.now()
    registration._change_reason = f"confirmed: {registration.status}"
    registration.save(update_fields=["user", "customer", "status", "confirmed_at"])
    return registration


def registration_approved(*, registration: Registration, by: User) -> None:
    """After the approve move: open the account, let its user in and tell them."""
    customer_reactivate(customer=registration.customer, by=by)
    user = User.objects.select_for_update().get(pk=registration.user_id)
    user.is_active = True
    user._change_reason = f"registration approved by {by.username}"
    user.save(update_fields=["is_active"])
    notify(
        event="registration_approved",
        recipients=[user],
        context={"name": registration.name, "login_url": absolute_url(reverse("accounts:login"))},
        security=True,
    )


def registration_rejected(*, registration: Registration, by: User, reason: str) -> None:
    """After the reject move: the account and its user stay closed; the registrant is told why."""
    notify(
        event="registration_rejected",
        recipients=[Contact(name=registration.name, email=registration.email)],
        context={"name": registration.name, "reason": reason},
        channels=["email"],
    )
