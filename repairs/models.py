"""Repairs (DESIGN §5): a device handed in at a branch, its quote, its timeline and its photos."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.files import private_storage
from core.models import ActionRecord

REPAIR_NUMBER_SERIES = "repair"
REPAIR_NUMBER_PREFIX = "R-"


class RepairDesk(models.Model):
    """A branch that takes repairs: its opening hours and whether it takes new devices.

    The branch itself (name, address, phone, staff) is accounts.Branch; technicians are attached
    through their staff profile's branch."""

    branch = models.OneToOneField(
        "accounts.Branch", verbose_name=_("branch"), on_delete=models.CASCADE, related_name="repair_desk"
    )
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    is_active = models.BooleanField(_("takes repairs"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["branch__name"]
        verbose_name = _("repair branch")
        verbose_name_plural = _("repair branches")

    def __str__(self) -> str:
        return str(self.branch)


class Repair(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        RECEIVED = "received", _("Received at branch")
        DIAGNOSING = "diagnosing", _("Diagnosing")
        QUOTE_SENT = "quote_sent", _("Waiting for quote approval")
        IN_REPAIR = "in_repair", _("In repair")
        READY = "ready", _("Ready")
        RETURNED = "returned", _("Returned")
        CANCELLED = "cancelled", _("Cancelled")
        NOT_REPAIRABLE = "not_repairable", _("Not repairable")

    class Condition(models.TextChoices):
        SCRATCHES = "scratches", _("Scratches")
        DENTS = "dents", _("Dents")
        CRACKED_SCREEN = "cracked_screen", _("Cracked screen")
        LIQUID_DAMAGE = "liquid_damage", _("Liquid damage")

    class ReturnMethod(models.TextChoices):
        PICKUP = "pickup", _("Pick up at the branch")
        COURIER = "courier", _("Courier to an address")
        POST = "post", _("Post")

    class QuoteDecision(models.TextChoices):
        NONE = "", _("None")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        WARRANTY = "warranty", _("Under warranty")

    number = models.CharField(_("number"), max_length=20, unique=True, editable=False)
    customer = models.ForeignKey(
        "accounts.Customer", verbose_name=_("customer"), on_delete=models.PROTECT, related_name="repairs"
    )
    branch = models.ForeignKey(
        "accounts.Branch", verbose_name=_("branch"), on_delete=models.PROTECT, related_name="repairs"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("registered by"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.REGISTERED)
    device_type = models.CharField(_("device type"), max_length=80)
    device_model = models.CharField(_("model"), max_length=120)
    serial_number = models.CharField(_("serial number"), max_length=80)
    purchase_date = models.DateField(_("purchase date"), null=True, blank=True)
    under_warranty = models.BooleanField(_("under warranty"), default=False)
    problem = models.TextField(_("problem"))
    charger_included = models.BooleanField(_("charger or adapter included"), default=False)
    condition = models.JSONField(_("condition"), default=list, blank=True)
    condition_notes = models.CharField(_("condition, in words"), max_length=500, blank=True)
    handed_over_by = models.CharField(_("handed over by"), max_length=200)
    handed_over_id_number = models.CharField(_("identity document number"), max_length=40)
    handed_over_phone = models.CharField(_("phone"), max_length=40)
    return_method = models.CharField(
        _("how it comes back"), max_length=20, choices=ReturnMethod.choices, default=ReturnMethod.PICKUP
    )
    return_address = models.CharField(_("return address"), max_length=300, blank=True)
    # The intake check at the branch.
    received_serial_number = models.CharField(_("serial number as received"), max_length=80, blank=True)
    intake_notes = models.TextField(_("differences at intake"), blank=True)
    received_at = models.DateTimeField(_("received"), null=True, blank=True)
    # The quote.
    quote_total = models.DecimalField(_("quote total"), max_digits=12, decimal_places=2, default=Decimal("0.00"))
    quote_valid_until = models.DateField(_("quote valid until"), null=True, blank=True)
    quote_decision = models.CharField(
        _("quote decision"), max_length=20, choices=QuoteDecision.choices, default=QuoteDecision.NONE, blank=True
    )
    closing_reason = models.TextField(_("reason"), blank=True)
    # The hand-back.
    returned_to = models.CharField(_("returned to"), max_length=200, blank=True)
    returned_to_id_number = models.CharField(_("their identity document number"), max_length=40, blank=True)
    returned_at = models.DateTimeField(_("returned"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, editable=False)
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("repair")
        verbose_name_plural = _("repairs")
        permissions = [("view_all_repairs", "Can see the repairs of every branch")]
        indexes = [
            # The customer's list, newest first; the branch queue by status, oldest first.
            models.Index(fields=["customer", "-created_at"], name="repair_customer_created"),
            models.Index(fields=["branch", "status", "created_at"], name="repair_branch_status_created"),
            models.Index(fields=["branch", "created_at", "id"], name="repair_branch_created"),
            models.Index(fields=["status", "created_at"], name="repair_status_created"),
            models.Index(fields=["serial_number"], name="repair_serial"),
        ]

    def __str__(self) -> str:
        return self.number

    def get_absolute_url(self) -> str:
        return reverse("repairs_staff:detail", args=[self.pk])

    def get_portal_url(self) -> str:
        return reverse("repairs_portal:detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status not in (self.Status.RETURNED, self.Status.CANCELLED, self.Status.NOT_REPAIRABLE)

    @property
    def quote_expired(self) -> bool:
        return self.quote_valid_until is not None and self.quote_valid_until < timezone.localdate()

    def condition_labels(self) -> list[str]:
        labels = dict(self.Condition.choices)
        return [str(labels.get(value, value)) for value in self.condition]


class QuoteLine(models.Model):
    class Kind(models.TextChoices):
        PARTS = "parts", _("Parts")
        LABOUR = "labour", _("Labour")

    repair = models.ForeignKey(Repair, verbose_name=_("repair"), on_delete=models.CASCADE, related_name="quote_lines")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    description = models.CharField(_("description"), max_length=200)
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("quote line")
        verbose_name_plural = _("quote lines")

    def __str__(self) -> str:
        return f"{self.description}: {self.amount}"


class RepairPhoto(models.Model):
    repair = models.ForeignKey(Repair, verbose_name=_("repair"), on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(_("file"), upload_to="repairs/%Y/%m/", storage=private_storage, max_length=255)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self) -> str:
        return self.original_name


class RepairAction(ActionRecord):
    repair = models.ForeignKey(Repair, verbose_name=_("repair"), on_delete=models.CASCADE, related_name="actions")

    class Meta(ActionRecord.Meta):
        verbose_name = _("repair action")
        verbose_name_plural = _("repair actions")
        indexes = [models.Index(fields=["repair", "created_at"], name="repair_action_repair_time")]
