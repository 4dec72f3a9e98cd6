from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from phonenumber_field.modelfields import PhoneNumberField
from simple_history.models import HistoricalRecords

from accounts.validators import validate_logo
from core.numbering import next_number
from core.phones import default_region, validate_region

CUSTOMER_NUMBER_SERIES = "customer"
CUSTOMER_NUMBER_PREFIX = "C-"


class Branch(models.Model):
    """A company office or service point: staff work at one, repairs go to one."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("branch")
        verbose_name_plural = _("branches")

    def __str__(self) -> str:
        return self.name


class Customer(models.Model):
    """A customer account: a person, an organisation or a business segment, with its portal users."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")
        # A large company's unit served under its own contract (the operator's corporate segment).
        BUSINESS_SEGMENT = "business_segment", _("Business segment")

    class Status(models.TextChoices):
        ACTIVE = "active", pgettext_lazy("customer account status", "Active")
        SUSPENDED = "suspended", pgettext_lazy("customer account status", "Suspended")
        # Staff "delete" a customer by deactivating it: every record that refers to it stays.
        DEACTIVATED = "deactivated", pgettext_lazy("customer account status", "Deactivated")

    number = models.CharField(_("account number"), max_length=20, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PERSON)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = PhoneNumberField(_("phone"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    area = models.CharField(
        _("service area"), max_length=120, blank=True, help_text=_("Used to tell the customer about outages.")
    )
    passport_number = models.CharField(_("passport number"), max_length=40, blank=True)
    passport_issued_by = models.CharField(_("passport issued by"), max_length=200, blank=True)
    passport_issued_on = models.DateField(_("passport issued on"), null=True, blank=True)
    tax_number = models.CharField(_("tax number"), max_length=40, blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True, validators=[validate_logo])
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE)
    suspension_reason = models.CharField(_("suspension reason"), max_length=255, blank=True)
    deactivated_at = models.DateTimeField(_("deactivated"), null=True, blank=True, editable=False)
    branch = models.ForeignKey(
        Branch,
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="customers",
        help_text=_("The branch that serves the customer."),
    )
    # The sales channel (distributor) that brought the customer, by its code: accounts imports no feature app.
    channel_code = models.CharField(_("channel"), max_length=40, blank=True)
    credit_balance = models.DecimalField(_("credit balance"), max_digits=14, decimal_places=2, default=Decimal("0.00"))
    currency = models.CharField(_("currency"), max_length=3, default=settings.DEFAULT_CURRENCY)
    country = models.CharField(
        _("country"),
        max_length=2,
        default=default_region,
        validators=[validate_region],
        help_text=_("ISO code; phone numbers without a country code are read in this country."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("customer")
        verbose_name_plural = _("customers")
        permissions = [("view_customer_identity", _("Can see customers' identity data (passport, tax number)"))]
        indexes = [
            models.Index(fields=["status", "name"]),
            models.Index(fields=["area"]),
            models.Index(Lower("name"), name="customer_lower_name"),
            # The staff customer list filters by branch or channel and sorts by name.
            models.Index(fields=["branch", "name", "id"], name="customer_branch_name"),
            models.Index(fields=["channel_code", "name", "id"], name="customer_channel_name"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.number})"

    def save(self, *args, **kwargs):
        if not self.number:
            # The counter row stays locked until the caller's transaction ends: no two customers share a number.
            with transaction.atomic():
                self.number = next_number(CUSTOMER_NUMBER_SERIES, prefix=CUSTOMER_NUMBER_PREFIX)
                super().save(*args, **kwargs)
            return
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def has_tax_identity(self) -> bool:
        """Organisations and business segments are known by their tax number, people by their passport."""
        return self.kind in (self.Kind.ORGANISATION, self.Kind.BUSINESS_SEGMENT)

    @property
    def identity_summary(self) -> str:
        if self.has_tax_identity:
            return self.tax_number
        return " ".join(filter(None, [self.passport_number, self.passport_issued_by]))


# A customer's start page -> its URL name (the pages live in home and tickets; only their names are used here).
START_PAGES = {"home": "core:portal_home", "requests": "tickets_portal:list", "processes": "core:portal_processes"}


class UserManager(DjangoUserManager):
    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractUser):
    """Everyone who logs in: staff, channel partners and customers' representatives.

    A user with a `customer` is a portal user and sees only that account.
    """

    class StartPage(models.TextChoices):
        HOME = "home", _("Home")
        REQUESTS = "requests", _("My requests")
        PROCESSES = "processes", _("My processes")

    email = models.EmailField(_("e-mail address"))
    phone = PhoneNumberField(_("phone"), blank=True)
    customer = models.ForeignKey(
        Customer,
        verbose_name=_("customer account"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    time_zone = models.CharField(_("time zone"), max_length=64, default=settings.TIME_ZONE)
    page_size = models.PositiveSmallIntegerField(_("rows per page"), default=25, validators=[MinValueValidator(5)])
    notify_by_email = models.BooleanField(_("notify me by e-mail"), default=True)
    notify_by_sms = models.BooleanField(_("notify me by SMS"), default=False)
    start_page = models.CharField(
        _("start page"),
        max_length=12,
        choices=StartPage.choices,
        default=StartPage.HOME,
        help_text=_("The page a customer sees after logging in."),
    )
    must_change_password = models.BooleanField(_("must change password at next login"), default=False)
    password_changed_at = models.DateTimeField(_("password changed"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    objects = UserManager()

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        permissions = [
            (
                "manage_privileges",
                _("Can change staff status, roles and permissions, and set other users' passwords"),
            )
        ]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_unique_email_ci"),
            models.UniqueConstraint(Lower("username"), name="user_unique_username_ci"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_customer(self) -> bool:
        return self.customer_id is not None

    def home_url(self) -> str:
        if not self.is_customer:
            return reverse("core:staff_home")
        return reverse(START_PAGES.get(self.start_page, "core:portal_home"))


class StaffProfile(models.Model):
    class Department(models.TextChoices):
        MANAGEMENT = "management", _("Management")
        SALES = "sales", _("Sales")
        SUPPORT = "support", _("Support")
        TECHNICAL = "technical", _("Technical service")
        FINANCE = "finance", _("Finance")
        PARTNERS = "partners", _("Channel partners")

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="staff_profile", verbose_name=_("user"))
    department = models.CharField(_("department"), max_length=20, choices=Department.choices, blank=True)
    branch = models.ForeignKey(
        Branch, verbose_name=_("branch"), null=True, blank=True, on_delete=models.SET_NULL, related_name="staff"
    )
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    country = models.CharField(
        _("country"),
        max_length=2,
        default=default_region,
        validators=[validate_region],
        help_text=_("ISO code; phone numbers without a country code are read in this country."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self) -> str:
        return str(self.user)


class LoginThrottle(models.Model):
    """Failed logins per account (`user:<pk>`), or per normalised identifier that names
    nobody (`id:<text>`), so a lock survives a restart and does not reveal whether the user exists."""

    identifier = models.CharField(max_length=254, unique=True)
    failures = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("login throttle")
        verbose_name_plural = _("login throttles")

    def __str__(self) -> str:
        return self.identifier

    def is_locked(self, now=None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or timezone.now())


class SecurityEvent(models.Model):
    """Audit log of logins, failures, lockouts, password changes and data reveals."""

    class Kind(models.TextChoices):
        LOGIN = "login", _("Login")
        LOGIN_FAILED = "login_failed", _("Failed login")
        LOCKED = "locked", _("Account locked")
        UNLOCKED = "unlocked", _("Account unlocked")
        LOGIN_REFUSED = "login_refused", _("Login refused")
        LOGOUT = "logout", _("Logout")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        PASSWORD_RESET = "password_reset", _("Password reset requested")
        ACCOUNT_CREATED = "account_created", _("Account created")
        IDENTITY_REVEALED = "identity_revealed", _("Identity data revealed")
        TWO_FACTOR_ENROLLED = "two_factor_enrolled", _("Two-factor login enabled")
        TWO_FACTOR_DISABLED = "two_factor_disabled", _("Two-factor login disabled")
        TWO_FACTOR_FAILED = "two_factor_failed", _("Wrong two-factor code")
        TWO_FACTOR_RESET = "two_factor_reset", _("Two-factor login reset by an administrator")
        RECOVERY_CODE_USED = "recovery_code_used", _("Recovery code used")
        RECOVERY_CODES_REGENERATED = "recovery_codes_regenerated", _("Recovery codes regenerated")
        PRIVILEGES_CHANGED = "privileges_changed", _("Roles or permissions changed")
        PRIVILEGES_REFUSED = "privileges_refused", _("Privilege change refused")
        PASSWORD_SET = "password_set", _("Password set by someone else")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    user = models.ForeignKey(
        User, verbose_name=_("user"), null=True, blank=True, on_delete=models.SET_NULL, related_name="security_events"
    )
    identifier = models.CharField(_("identifier"), max_length=254, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    detail = models.CharField(_("detail"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("security event")
        verbose_name_plural = _("security events")
        indexes = [models.Index(fields=["kind", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.identifier}"
