"""Numbers (MSISDN) and SIM cards as stock items, and the distribution channels that hold them.

A channel's `path` ("/0000000001/0000000004/0000000009/") lists its ancestors and itself, so
"this channel and every channel below it" is one indexed prefix match, whatever the depth. The
ids are written at a fixed width so that ordering by path is tree order: "/10/" would sort
before "/9/"."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.files import private_storage
from core.models import ActionRecord

CHANNEL_CODE_PREFIX = "CH-"
PATH_SEGMENT_WIDTH = 10


def channel_path_segment(pk: int) -> str:
    return f"{pk:0{PATH_SEGMENT_WIDTH}d}"


class Channel(models.Model):
    class Kind(models.TextChoices):
        DISTRIBUTOR = "distributor", _("Distributor")
        SUB_DISTRIBUTOR = "sub_distributor", _("Sub-distributor")
        SHOP = "shop", _("Shop")
        AGENT = "agent", _("Agent")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        SUSPENDED = "suspended", _("Suspended")
        CLOSED = "closed", _("Closed")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.DISTRIBUTOR)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=32, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent channel"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(_("path"), max_length=255, editable=False, default="")
    depth = models.PositiveSmallIntegerField(_("depth"), default=0, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        ordering = ["path"]
        permissions = [("use_partner_portal", _("Can use the partner portal"))]
        indexes = [
            models.Index(fields=["path"], name="channel_path_idx"),
            models.Index(fields=["status", "kind"], name="channel_status_kind_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def code(self) -> str:
        """What an order placed through this channel carries in `orders.Order.channel_code`."""
        return f"{CHANNEL_CODE_PREFIX}{self.pk}"

    @classmethod
    def pk_from_code(cls, code: str) -> int | None:
        digits = (code or "").removeprefix(CHANNEL_CODE_PREFIX)
        return int(digits) if code.startswith(CHANNEL_CODE_PREFIX) and digits.isdigit() and len(digits) < 10 else None

    def contains(self, other: "Channel") -> bool:
        """Whether `other` is this channel or one below it."""
        return bool(self.path) and other.path.startswith(self.path)


class ChannelUser(models.Model):
    """A channel partner's login and the channel it works for; a manager adds users for its subtree."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="channel_link"
    )
    channel = models.ForeignKey(Channel, verbose_name=_("channel"), on_delete=models.PROTECT, related_name="members")
    is_manager = models.BooleanField(_("partner manager"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("channel user")
        verbose_name_plural = _("channel users")

    def __str__(self) -> str:
        return f"{self.user} @ {self.channel}"


class StockStatus(models.TextChoices):
    AVAILABLE = "available", _("Available")
    RESERVED = "reserved", _("Reserved")
    ALLOCATED = "allocated", _("Allocated")
    SOLD = "sold", _("Sold")
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
    QUARANTINE = "quarantine", _("In quarantine")
    RECYCLED = "recycled", _("Recycled")


class StockKind(models.TextChoices):
    REGULAR = "regular", _("Regular")
    GOLDEN = "golden", _("Golden")
    SPECIAL = "special", _("Special")


class StockItem(models.Model):
    """What numbers and SIM cards share: type, region, status and who holds them."""

    kind = models.CharField(_("type"), max_length=10, choices=StockKind.choices, default=StockKind.REGULAR)
    price_class = models.CharField(_("price class"), max_length=20, blank=True)
    price = models.DecimalField(_("price"), max_digits=12, decimal_places=2, default=Decimal("0.00"))
    region = models.CharField(_("region"), max_length=40, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=StockStatus.choices, default=StockStatus.AVAILABLE)
    channel = models.ForeignKey(
        Channel, verbose_name=_("channel"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    customer = models.ForeignKey(
        "accounts.Customer",
        verbose_name=_("customer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reserved_for = models.CharField(_("reserved for"), max_length=40, blank=True)
    reserved_until = models.DateTimeField(_("reserved until"), null=True, blank=True)
    reserved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reserved by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    quarantine_until = models.DateTimeField(_("in quarantine until"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        abstract = True


class Sim(StockItem):
    iccid = models.CharField(_("ICCID"), max_length=20, unique=True)
    imsi = models.CharField(_("IMSI"), max_length=15, unique=True)
    pin = models.CharField(_("PIN"), max_length=8, blank=True)
    puk = models.CharField(_("PUK"), max_length=8, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("SIM card")
        verbose_name_plural = _("SIM cards")
        permissions = [("view_sim_codes", _("Can see SIM PIN and PUK codes"))]
        indexes = [
            models.Index(fields=["status", "iccid"], name="sim_status_iccid_idx"),
            models.Index(fields=["channel", "status", "iccid"], name="sim_channel_status_idx"),
            models.Index(fields=["region", "status"], name="sim_region_status_idx"),
            models.Index(fields=["kind", "status"], name="sim_kind_status_idx"),
            models.Index(fields=["customer"], name="sim_customer_idx"),
            models.Index(fields=["reserved_until"], name="sim_reserved_until_idx"),
            # What an order holds: its number is the reservation's `reserved_for`.
            models.Index(fields=["reserved_for"], name="sim_reserved_for_idx"),
        ]

    def __str__(self) -> str:
        return self.iccid

    @property
    def pin_masked(self) -> str:
        return "•" * len(self.pin)

    @property
    def puk_masked(self) -> str:
        return "•" * len(self.puk)


class Number(StockItem):
    msisdn = models.CharField(_("number"), max_length=15, unique=True)
    # The digits backwards: a pattern like "*7777" becomes an indexed prefix match on this column.
    msisdn_reversed = models.CharField(max_length=15, editable=False, default="")
    sim = models.OneToOneField(
        Sim, verbose_name=_("SIM card"), null=True, blank=True, on_delete=models.SET_NULL, related_name="number"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("number")
        verbose_name_plural = _("numbers")
        permissions = [
            ("allocate_stock", _("Can allocate and release numbers and SIM cards")),
            ("load_stock", _("Can load numbers and SIM cards")),
            ("reserve_stock", _("Can reserve and sell numbers and SIM cards")),
            ("operate_stock", _("Can activate, suspend, terminate and recycle numbers and SIM cards")),
        ]
        indexes = [
            models.Index(fields=["status", "msisdn"], name="number_status_msisdn_idx"),
            models.Index(fields=["channel", "status", "msisdn"], name="number_channel_status_idx"),
            models.Index(fields=["region", "status"], name="number_region_status_idx"),
            models.Index(fields=["kind", "status"], name="number_kind_status_idx"),
            models.Index(fields=["customer"], name="number_customer_idx"),
            models.Index(fields=["reserved_until"], name="number_reserved_until_idx"),
            models.Index(fields=["reserved_for"], name="number_reserved_for_idx"),
            models.Index(fields=["msisdn_reversed"], name="number_reversed_idx"),
        ]

    def __str__(self) -> str:
        return self.msisdn


class NumberAction(ActionRecord):
    number = models.ForeignKey(Number, on_delete=models.CASCADE, related_name="actions")

    class Meta(ActionRecord.Meta):
        verbose_name = _("number action")
        verbose_name_plural = _("number actions")
        indexes = [models.Index(fields=["number", "created_at"], name="number_action_idx")]


class SimAction(ActionRecord):
    sim = models.ForeignKey(Sim, on_delete=models.CASCADE, related_name="actions")

    class Meta(ActionRecord.Meta):
        verbose_name = _("SIM action")
        verbose_name_plural = _("SIM actions")
        indexes = [models.Index(fields=["sim", "created_at"], name="sim_action_idx")]


class ImportJob(models.Model):
    """A stock file loaded by a Celery job: its progress while it runs and its report at the end."""

    class Kind(models.TextChoices):
        NUMBERS = "numbers", _("Numbers")
        SIMS = "sims", _("SIM cards")
        PAIRED = "paired", _("Numbers with their SIM cards")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Loaded")
        REFUSED = "refused", _("Refused")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("contents"), max_length=10, choices=Kind.choices)
    file = models.FileField(_("file"), storage=private_storage, upload_to="stock-imports/")
    original_name = models.CharField(_("file name"), max_length=255)
    load_good_rows = models.BooleanField(_("load the good rows even if some are refused"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    total = models.PositiveIntegerField(_("rows"), default=0)
    processed = models.PositiveIntegerField(_("rows checked"), default=0)
    loaded = models.PositiveIntegerField(_("rows loaded"), default=0)
    refused = models.PositiveIntegerField(_("rows refused"), default=0)
    # [{"row": 12, "value": "8970…", "reason": "…"}], at most INVENTORY_IMPORT_REPORT_ROWS of them.
    report = models.JSONField(_("refused rows"), default=list, blank=True)
    message = models.TextField(_("message"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("stock import")
        verbose_name_plural = _("stock imports")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["created_by", "-created_at"], name="stock_import_by_idx")]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.get_status_display()})"

    @property
    def percent(self) -> int:
        """Checking the rows is the first 90 %; loading them (one transaction) the last 10 %."""
        if self.status in (self.Status.DONE, self.Status.REFUSED, self.Status.FAILED):
            return 100
        if not self.total:
            return 0
        return min(90, self.processed * 90 // self.total)
