"""Writes for users, customer accounts and login security."""

import logging
import secrets
import string
import unicodedata
from collections.abc import Iterable
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError
from simple_history.utils import update_change_reason

from accounts.grants import grantable_roles, may_manage_privileges, permissions_held, users_manageable_by
from accounts.models import Customer, LoginThrottle, SecurityEvent, StaffProfile, User
from notifications.services import notify

security_log = logging.getLogger("omsportal.security")


class LoginLocked(Exception):
    def __init__(self, minutes_left: int):
        super().__init__(minutes_left)
        self.minutes_left = minutes_left


class LoginRefused(Exception):
    """The password was right but the account may not log in (e.g. suspended customer)."""


def _normalise_identifier(identifier: str) -> str:
    """What the login form and the backend compare: NFKC (so look-alike letters fold to plain ones),
    stripped and case-folded."""
    return unicodedata.normalize("NFKC", identifier).strip().casefold()[:254]


def _account_for(identifier: str) -> User | None:
    """The one user the identifier names by username or e-mail, as the backend would find it."""
    key = _normalise_identifier(identifier)
    if not key:
        return None
    users = list(User.objects.filter(Q(username__iexact=key) | Q(email__iexact=key))[:2])
    return users[0] if len(users) == 1 else None


def _throttle_key(*, user: User | None, identifier: str) -> tuple[str, User | None]:
    """One counter per account, whichever name (username, e-mail, look-alike spelling) was typed;
    one per normalised identifier when it names nobody."""
    user = user or _account_for(identifier)
    if user is not None:
        return f"user:{user.pk}", user
    return f"id:{_normalise_identifier(identifier)}"[:254], None


def _minutes_left(until) -> int:
    seconds = (until - timezone.now()).total_seconds()
    return max(1, int(seconds // 60) + (1 if seconds % 60 else 0))


def security_event_record(
    *, kind: str, user: User | None = None, identifier: str = "", ip_address: str | None = None, detail: str = ""
) -> SecurityEvent:
    security_log.info("%s user=%s identifier=%s ip=%s %s", kind, user and user.pk, identifier, ip_address, detail)
    return SecurityEvent.objects.create(
        kind=kind, user=user, identifier=identifier[:254], ip_address=ip_address, detail=detail[:255]
    )


def login_check_not_locked(*, identifier: str = "", user: User | None = None) -> None:
    """Raise LoginLocked while the account (or the unknown identifier) is locked.

    Pass `user` when the account is known (e.g. the two-factor step), else the identifier as typed.
    """
    key, _user = _throttle_key(user=user, identifier=identifier)
    throttle = LoginThrottle.objects.filter(identifier=key).first()
    if throttle and throttle.is_locked():
        raise LoginLocked(minutes_left=_minutes_left(throttle.locked_until))


@transaction.atomic
def login_failure_record(
    *, identifier: str = "", user: User | None = None, ip_address: str | None = None
) -> LoginThrottle:
    """Count a failed login (a wrong password, or a wrong second factor when `user` is given).

    Failures count on the account the identifier resolves to, so username, e-mail and their
    look-alike spellings share one counter; at LOGIN_FAILURE_LIMIT the account is locked for
    LOGIN_LOCKOUT_MINUTES, logged, and its owner told by e-mail.
    """
    key, user = _throttle_key(user=user, identifier=identifier)
    LoginThrottle.objects.get_or_create(identifier=key)
    throttle = LoginThrottle.objects.select_for_update().get(identifier=key)
    now = timezone.now()
    if throttle.locked_until and throttle.locked_until <= now:
        throttle.failures = 0
        throttle.locked_until = None
    throttle.failures += 1
    typed = identifier or (user.username if user else "")
    security_event_record(kind=SecurityEvent.Kind.LOGIN_FAILED, user=user, identifier=typed, ip_address=ip_address)
    if throttle.failures >= settings.LOGIN_FAILURE_LIMIT and not throttle.is_locked(now):
        throttle.locked_until = now + timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)
        security_event_record(
            kind=SecurityEvent.Kind.LOCKED,
            user=user,
            identifier=typed,
            ip_address=ip_address,
            detail=f"{throttle.failures} failures, locked for {settings.LOGIN_LOCKOUT_MINUTES} min",
        )
        if user is not None:
            notify(
                event="account_locked",
                recipients=[user],
                context={"minutes": settings.LOGIN_LOCKOUT_MINUTES},
                security=True,
            )
    throttle.save(update_fields=["failures", "locked_until", "updated_at"])
    return throttle


@transaction.atomic
def login_lock_lift(*, user: User, ip_address: str | None = None, reason: str) -> bool:
    """Clear the account's failure count; log it when a lock was lifted. Returns whether it was locked."""
    key, _user = _throttle_key(user=user, identifier="")
    throttle = LoginThrottle.objects.select_for_update().filter(identifier=key).first()
    if throttle is None:
        return False
    was_locked = throttle.is_locked()
    throttle.delete()
    if was_locked:
        security_event_record(
            kind=SecurityEvent.Kind.UNLOCKED, user=user, identifier=user.username, ip_address=ip_address, detail=reason
        )
    return was_locked


def login_check_allowed(*, user: User) -> None:
    """Refuse a correct password for an account that may not log in, saying why."""
    if temporary_password_is_expired(user=user):
        raise LoginRefused(
            _("Your temporary password has expired. Please use “Forgot your password?” to set a new one.")
        )
    if user.customer_id and user.customer.status == Customer.Status.DEACTIVATED:
        raise LoginRefused(_("Your customer account has been closed.") + " " + _("Please contact our support."))
    if user.customer_id and user.customer.status == Customer.Status.SUSPENDED:
        reason = user.customer.suspension_reason
        message = _("Your customer account is suspended.")
        if reason:
            message = _("Your customer account is suspended: %(reason)s") % {"reason": reason}
        raise LoginRefused(message + " " + _("Please contact our support."))


def login_success_record(*, user: User, identifier: str, ip_address: str | None) -> None:
    LoginThrottle.objects.filter(identifier=_throttle_key(user=user, identifier="")[0]).delete()
    security_event_record(kind=SecurityEvent.Kind.LOGIN, user=user, identifier=identifier, ip_address=ip_address)


def password_is_expired(*, user: User) -> bool:
    if settings.PASSWORD_MAX_AGE_DAYS <= 0 or user.password_changed_at is None:
        return False
    return user.password_changed_at < timezone.now() - timedelta(days=settings.PASSWORD_MAX_AGE_DAYS)


def temporary_password_is_expired(*, user: User) -> bool:
    """A temporary password (one the user must change) left unused for TEMPORARY_PASSWORD_HOURS."""
    if not user.must_change_password or user.password_changed_at is None or settings.TEMPORARY_PASSWORD_HOURS <= 0:
        return False
    return user.password_changed_at < timezone.now() - timedelta(hours=settings.TEMPORARY_PASSWORD_HOURS)


def generate_temporary_password() -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        password = "".join(secrets.choice(alphabet) for _i in range(14))
        if any(c.isdigit() for c in password) and any(c.isalpha() for c in password):
            return password


@transaction.atomic
def user_create(
    *,
    username: str,
    email: str,
    first_name: str = "",
    last_name: str = "",
    phone: str = "",
    customer: Customer | None = None,
    groups: Iterable[Group] = (),
    is_staff: bool = False,
    language: str = settings.LANGUAGE_CODE,
    created_by: User | None = None,
    password: str | None = None,
) -> tuple[User, str]:
    """Create a user with a temporary password that must be changed at first login.

    The temporary password goes to the user by e-mail (and SMS when a phone is
    given) through the outbox; it is returned so the caller may show it once.
    """
    temporary = password or generate_temporary_password()
    user = User(
        username=username,
        email=email,
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        customer=customer,
        is_staff=is_staff,
        language=language,
        must_change_password=password is None,
        password_changed_at=timezone.now(),
    )
    user.set_password(temporary)
    user.full_clean(exclude=["password"])
    user._change_reason = "account created"
    user.save()
    user.groups.set(groups)
    if not customer:
        StaffProfile.objects.get_or_create(user=user)
    security_event_record(
        kind=SecurityEvent.Kind.ACCOUNT_CREATED,
        user=user,
        identifier=user.username,
        detail=f"by {created_by or 'system'}",
    )
    if password is None:
        notify(
            event="account_created",
            recipients=[user],
            context={
                "username": user.username,
                "temporary_password": temporary,
                "login_url": settings.SITE_URL + "/accounts/login/",
            },
            security=True,
        )
    return user, temporary


def password_reset_request(*, email: str, ip_address: str | None = None) -> None:
    """Hand the look-up and the e-mail to the worker, so that the answer takes as long for an
    unknown address as for a known one (no telling who has an account by timing)."""
    transaction.on_commit(lambda: _password_reset_dispatch(email=email, ip_address=ip_address))


def _password_reset_dispatch(*, email: str, ip_address: str | None) -> None:
    from accounts.tasks import password_reset_send

    try:
        password_reset_send.delay(email, ip_address)
    except OperationalError:
        security_log.warning("broker unavailable, the password reset is sent from the request", exc_info=True)
        password_reset_send_now(email=email, ip_address=ip_address)


@transaction.atomic
def password_reset_send_now(*, email: str, ip_address: str | None = None) -> int:
    """Send a reset link to each active user with this e-mail (usually none or one); returns how many."""
    users = [
        user for user in User.objects.filter(email__iexact=email.strip(), is_active=True) if user.has_usable_password()
    ]
    for user in users:
        reset_path = reverse(
            "accounts:password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
        password_reset_requested(user=user, reset_path=reset_path, ip_address=ip_address)
    return len(users)


@transaction.atomic
def password_reset_requested(*, user: User, reset_path: str, ip_address: str | None = None) -> None:
    security_event_record(
        kind=SecurityEvent.Kind.PASSWORD_RESET, user=user, identifier=user.username, ip_address=ip_address
    )
    notify(
        event="password_reset", recipients=[user], context={"reset_url": settings.SITE_URL + reset_path}, security=True
    )


@transaction.atomic
def user_password_set(*, user: User, password: str, ip_address: str | None = None) -> User:
    user.set_password(password)
    user.must_change_password = False
    user.password_changed_at = timezone.now()
    user.save(update_fields=["password", "must_change_password", "password_changed_at"])
    update_change_reason(user, "password changed")
    security_event_record(
        kind=SecurityEvent.Kind.PASSWORD_CHANGED, user=user, identifier=user.username, ip_address=ip_address
    )
    return user


@transaction.atomic
def user_preferences_update(*, user: User, language: str, time_zone: str, page_size: int, start_page: str = "") -> User:
    user.language = language
    user.time_zone = time_zone
    user.page_size = page_size
    fields = ["language", "time_zone", "page_size"]
    if start_page and user.is_customer:
        user.start_page = start_page
        fields.append("start_page")
    user._change_reason = "preferences changed"
    user.save(update_fields=fields)
    return user


@transaction.atomic
def user_language_set(*, user: User, language: str, reason: str) -> User:
    user.language = language
    user._change_reason = reason
    user.save(update_fields=["language"])
    return user


@transaction.atomic
def staff_profile_update(*, user: User, country: str, phone, language: str) -> StaffProfile:
    """A staff member's own contact data; creates the profile if an administrator has not."""
    profile, _created = StaffProfile.objects.select_for_update().get_or_create(user=user)
    profile.country = country
    profile.full_clean()
    profile._change_reason = "profile changed by its owner"
    profile.save()
    user.phone = phone or ""
    user.language = language
    user._change_reason = "profile changed by its owner"
    user.save(update_fields=["phone", "language"])
    return profile


@transaction.atomic
def customer_profile_update(*, customer: Customer, by: User, **fields) -> Customer:
    """Fields a customer may edit about their own account (name, e-mail, country, phone, address, logo)."""
    allowed = {"name", "email", "country", "phone", "address", "logo"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    customer = Customer.objects.select_for_update().get(pk=customer.pk)
    for name, value in fields.items():
        Customer._meta.get_field(name).save_form_data(customer, value)
    customer.full_clean()
    customer._change_reason = f"profile updated by {by.username}"
    customer.save(update_fields=list(fields))
    return customer


@transaction.atomic
def customer_suspend(*, customer: Customer, reason: str, by: User) -> Customer:
    """Suspend the account and, once that is committed, end its users' live sessions."""
    customer = Customer.objects.select_for_update().get(pk=customer.pk)
    customer.status = Customer.Status.SUSPENDED
    customer.suspension_reason = reason
    customer._change_reason = f"suspended by {by.username}: {reason}"
    customer.save(update_fields=["status", "suspension_reason"])
    user_ids = list(customer.users.values_list("pk", flat=True))
    transaction.on_commit(lambda: user_sessions_end(user_ids=user_ids))
    return customer


def user_sessions_end(*, user_ids: Iterable[int]) -> int:
    """Delete the stored sessions of these users; returns how many.

    Sessions are not indexed by user, so this reads every live one: fine for a rare admin
    action. With a cache-only session engine nothing is stored to search, and
    SuspendedCustomerLogoutMiddleware logs the user out on their next request instead.
    """
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store, "get_model_class"):
        return 0
    wanted = {str(pk) for pk in user_ids}
    if not wanted:
        return 0
    live = store.get_model_class().objects.filter(expire_date__gt=timezone.now())
    doomed = [session.session_key for session in live.iterator() if session.get_decoded().get(SESSION_KEY) in wanted]
    for key in doomed:
        store(session_key=key).delete()
    return len(doomed)


@transaction.atomic
def customer_deactivate(*, customer: Customer, reason: str, by: User) -> Customer:
    """What staff call deleting a customer: the account is closed, its users can no longer log in
    (live sessions end once this commits), and every record that refers to it stays."""
    customer = Customer.objects.select_for_update().get(pk=customer.pk)
    customer.status = Customer.Status.DEACTIVATED
    customer.suspension_reason = reason
    customer.deactivated_at = timezone.now()
    customer._change_reason = f"deactivated by {by.username}: {reason}"[:100]
    customer.save(update_fields=["status", "suspension_reason", "deactivated_at"])
    user_ids = list(customer.users.values_list("pk", flat=True))
    transaction.on_commit(lambda: user_sessions_end(user_ids=user_ids))
    return customer


def customer_reactivate(*, customer: Customer, by: User) -> Customer:
    """Back to active from suspended or deactivated."""
    customer = Customer.objects.select_for_update().get(pk=customer.pk)
    customer.status = Customer.Status.ACTIVE
    customer.suspension_reason = ""
    customer.deactivated_at = None
    customer._change_reason = f"reactivated by {by.username}"
    customer.save(update_fields=["status", "suspension_reason", "deactivated_at"])
    return customer


def customer_identity_reveal(*, customer: Customer, by: User, ip_address: str | None = None) -> dict[str, str]:
    """Return the customer's identity data to a user with the permission, and record that they saw it."""
    if not by.has_perm("accounts.view_customer_identity"):
        raise PermissionError("no permission to see identity data")
    security_event_record(
        kind=SecurityEvent.Kind.IDENTITY_REVEALED,
        user=by,
        identifier=customer.number,
        ip_address=ip_address,
        detail=f"customer {customer.pk}",
    )
    return {
        "passport_number": customer.passport_number,
        "passport_issued_by": customer.passport_issued_by,
        "passport_issued_on": customer.passport_issued_on.isoformat() if customer.passport_issued_on else "",
        "tax_number": customer.tax_number,
    }


# --- privileges: who holds which role, and passwords set by someone else ------------------------------


class PrivilegeRefused(PermissionError):
    """The change would grant (or take away) something the acting user may not give."""


def privilege_refusal_record(*, by: User, user: User | None, detail: str, ip_address: str | None = None) -> None:
    security_event_record(
        kind=SecurityEvent.Kind.PRIVILEGES_REFUSED,
        user=by,
        identifier=user.username if user else "",
        ip_address=ip_address,
        detail=detail,
    )


def _role_names(user: User) -> str:
    return ", ".join(user.groups.order_by("name").values_list("name", flat=True)) or "—"


@transaction.atomic
def user_privileges_update(
    *,
    user: User,
    by: User,
    is_superuser: bool | None = None,
    is_staff: bool | None = None,
    groups: Iterable[Group] | None = None,
    user_permissions: Iterable | None = None,
    ip_address: str | None = None,
    announce: bool = True,
) -> list[str]:
    """Change what a user may do, within the grant rules of `accounts.grants`; None leaves a part as it is.

    Records a security event and (with `announce`) tells the user. Returns the changes made.
    """
    if not users_manageable_by(by).filter(pk=user.pk).exists():
        raise PrivilegeRefused(_("You may not manage this account."))
    changes: list[str] = []
    fields: list[str] = []
    if is_superuser is not None and is_superuser != user.is_superuser:
        if not by.is_superuser:
            raise PrivilegeRefused(_("Only superusers change superuser status."))
        user.is_superuser = is_superuser
        fields.append("is_superuser")
        changes.append(f"superuser={is_superuser}")
    if is_staff is not None and is_staff != user.is_staff:
        if not may_manage_privileges(by):
            raise PrivilegeRefused(_("You may not change staff status."))
        user.is_staff = is_staff
        fields.append("is_staff")
        changes.append(f"staff={is_staff}")
    if groups is not None:
        wanted = {group.pk: group for group in groups}
        current = {group.pk: group for group in user.groups.all()}
        touched = set(wanted) ^ set(current)
        if touched - set(grantable_roles(by).filter(pk__in=touched).values_list("pk", flat=True)):
            raise PrivilegeRefused(_("You may not grant or take away one of these roles."))
        if touched:
            user.groups.set(wanted.values())
            added = sorted(wanted[pk].name for pk in touched if pk in wanted)
            removed = sorted(current[pk].name for pk in touched if pk in current)
            changes.append("roles " + " ".join([*(f"+{n}" for n in added), *(f"-{n}" for n in removed)]))
    if user_permissions is not None:
        wanted_permissions = {permission.pk: permission for permission in user_permissions}
        current_permissions = set(user.user_permissions.values_list("pk", flat=True))
        touched = set(wanted_permissions) ^ current_permissions
        if touched:
            held = set(permissions_held(by).filter(pk__in=touched).values_list("pk", flat=True))
            if not may_manage_privileges(by) or touched - held:
                raise PrivilegeRefused(_("You may not grant or take away one of these permissions."))
            user.user_permissions.set(wanted_permissions.values())
            changes.append(f"{len(touched)} permission(s) changed")
    if not changes:
        return []
    if fields:
        user._change_reason = f"privileges changed by {by.username}"
        user.save(update_fields=fields)
    security_event_record(
        kind=SecurityEvent.Kind.PRIVILEGES_CHANGED,
        user=user,
        identifier=user.username,
        ip_address=ip_address,
        detail=f"by {by.username}: " + "; ".join(changes),
    )
    if announce:
        notify(
            event="privileges_changed",
            recipients=[user],
            context={"roles": _role_names(user), "changed_by": str(by)},
            security=True,
        )
    return changes


@transaction.atomic
def user_password_set_by_other_record(*, user: User, by: User, ip_address: str | None = None) -> User:
    """After someone else set (or disabled) a user's password in the admin's password form: the user must
    choose their own at the next login, the event is recorded and the user hears about it."""
    user.must_change_password = user.has_usable_password()
    user.password_changed_at = timezone.now()
    user._change_reason = f"password set by {by.username}"
    user.save(update_fields=["must_change_password", "password_changed_at"])
    security_event_record(
        kind=SecurityEvent.Kind.PASSWORD_SET,
        user=user,
        identifier=user.username,
        ip_address=ip_address,
        detail=f"by {by.username}",
    )
    notify(
        event="password_set_by_admin",
        recipients=[user],
        context={"changed_by": str(by), "login_url": settings.SITE_URL + "/accounts/login/"},
        security=True,
    )
    return user
