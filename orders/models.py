"""Catalogue, orders and installation slots (DESIGN §4).

An order's `status` and `payment_state` change only in `orders.workflow`, each
through its own transition table. Lines copy the catalogue's price, tax rate
and name at order time, so an item that is no longer sold stays on the orders
that used it with the price they paid.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from core.models import ActionRecord

NUMBER_PREFIX = "O-"
MONEY = {"max_digits": 14, "decimal_places": 2}
TAX_RATE = {
    "max_digits": 5,
    "decimal_places": 2,
    "validators": [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
}


class SaleableQuerySet(models.QuerySet):
    def on_sale(self, *, day=None):
        """Items a customer or sales may put on a new order today."""
        day = day or timezone.localdate()
        return self.filter(is_active=True).filter(
            Q(sold_from__isnull=True) | Q(sold_from__lte=day), Q(sold_until__isnull=True) | Q(sold_until__gte=day)
        )


class Saleable(models.Model):
    """What products and tariff plans share: a name, a price with currency and tax, and a sales window."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    currency = models.CharField(_("currency"), max_length=3, default=settings.DEFAULT_CURRENCY)
    tax_rate = models.DecimalField(_("tax rate, %"), default=Decimal("20.00"), **TAX_RATE)
    is_active = models.BooleanField(_("on sale"), default=True)
    sold_from = models.DateField(_("on sale from"), null=True, blank=True)
    sold_until = models.DateField(_("on sale until"), null=True, blank=True)

    objects = SaleableQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def is_on_sale(self, day=None) -> bool:
        day = day or timezone.localdate()
        return (
            self.is_active
            and (self.sold_from is None or self.sold_from <= day)
            and (self.sold_until is None or self.sold_until >= day)
        )


class Product(Saleable):
    class Kind(models.TextChoices):
        EQUIPMENT = "equipment", _("Equipment")
        SIM = "sim", _("SIM card / number")
        SERVICE = "service", _("Service")

    sku = models.CharField(_("article"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.EQUIPMENT)
    price = models.DecimalField(_("price (net)"), validators=[MinValueValidator(Decimal("0"))], **MONEY)
    history = HistoricalRecords()

    class Meta(Saleable.Meta):
        verbose_name = _("product")
        verbose_name_plural = _("products")
        indexes = [models.Index(fields=["is_active", "name"], name="product_active_name")]

    @property
    def is_shipped(self) -> bool:
        """Goods that travel to the customer (a service does not)."""
        return self.kind in (self.Kind.EQUIPMENT, self.Kind.SIM)


class TariffPlan(Saleable):
    technical_name = models.SlugField(_("technical name"), max_length=60, unique=True)
    monthly_fee = models.DecimalField(_("monthly fee (net)"), validators=[MinValueValidator(Decimal("0"))], **MONEY)
    one_off_fee = models.DecimalField(
        _("one-off fee (net)"), default=Decimal("0.00"), validators=[MinValueValidator(Decimal("0"))], **MONEY
    )
    includes = models.TextField(_("what it includes"), blank=True)
    history = HistoricalRecords()

    class Meta(Saleable.Meta):
        verbose_name = _("tariff plan")
        verbose_name_plural = _("tariff plans")
        indexes = [models.Index(fields=["is_active", "name"], name="plan_active_name")]

    @property
    def price(self) -> Decimal:
        """What an order charges for the plan: the one-off fee and the first month."""
        return self.one_off_fee + self.monthly_fee


class Order(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("order status", "Draft")
        SUBMITTED = "submitted", pgettext_lazy("order status", "Submitted")
        UNDER_REVIEW = "under_review", pgettext_lazy("order status", "Under review")
        APPROVED = "approved", pgettext_lazy("order status", "Approved")
        REJECTED = "rejected", pgettext_lazy("order status", "Rejected")
        SCHEDULED = "scheduled", pgettext_lazy("order status", "Installation scheduled")
        SHIPPED = "shipped", pgettext_lazy("order status", "Shipped")
        ACTIVATION = "activation", pgettext_lazy("order status", "Activation")
        # The activation job ran out of retries: staff retry it or cancel the order (see customers.activation).
        ACTIVATION_FAILED = "activation_failed", pgettext_lazy("order status", "Activation failed")
        ACTIVATED = "activated", pgettext_lazy("order status", "Activated")
        COMPLETED = "completed", pgettext_lazy("order status", "Completed")
        CANCELLED = "cancelled", pgettext_lazy("order status", "Cancelled")

    class Payment(models.TextChoices):
        NOT_REQUIRED = "not_required", pgettext_lazy("payment state", "Not required")
        PENDING = "pending", pgettext_lazy("payment state", "Pending payment")
        PAID = "paid", pgettext_lazy("payment state", "Paid")
        PARTLY_REFUNDED = "partly_refunded", pgettext_lazy("payment state", "Partly refunded")
        REFUNDED = "refunded", pgettext_lazy("payment state", "Refunded")

    class Type(models.TextChoices):
        NEW_CONNECTION = "new_connection", _("New connection")
        UPGRADE = "upgrade", _("Upgrade")
        RELOCATION = "relocation", _("Relocation")
        DISCONNECTION = "disconnection", _("Disconnection")
        SIM_PURCHASE = "sim_purchase", _("SIM/number purchase")
        EQUIPMENT = "equipment", _("Equipment")

    class Delivery(models.TextChoices):
        PICKUP = "pickup", _("Pick-up at a branch")
        COURIER = "courier", _("Courier")
        POST = "post", _("Post")

    class Source(models.TextChoices):
        STAFF = "staff", _("Staff")
        PORTAL = "portal", _("Portal")
        PARTNER = "partner", _("Partner")

    number = models.CharField(_("number"), max_length=20, unique=True, editable=False)
    customer = models.ForeignKey(
        "accounts.Customer", verbose_name=_("customer"), on_delete=models.PROTECT, related_name="orders"
    )
    # The channel partners' app (inventory issue) adds a foreign key; until then the partner's code.
    channel_code = models.CharField(_("channel"), max_length=40, blank=True)
    source = models.CharField(_("placed via"), max_length=10, choices=Source.choices, default=Source.STAFF)
    type = models.CharField(_("type"), max_length=20, choices=Type.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    payment_state = models.CharField(_("payment"), max_length=20, choices=Payment.choices, default=Payment.NOT_REQUIRED)
    currency = models.CharField(_("currency"), max_length=3, default=settings.DEFAULT_CURRENCY)
    net_total = models.DecimalField(_("net"), default=Decimal("0.00"), **MONEY)
    tax_total = models.DecimalField(_("tax"), default=Decimal("0.00"), **MONEY)
    gross_total = models.DecimalField(_("total"), default=Decimal("0.00"), **MONEY)
    refunded_amount = models.DecimalField(_("refunded"), default=Decimal("0.00"), **MONEY)
    # Set from the lines: whether there is equipment or a SIM to hand over (decides the shipping step).
    has_goods = models.BooleanField(_("has goods to ship"), default=False)
    delivery_method = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices, default=Delivery.PICKUP)
    delivery_address = models.CharField(_("delivery address"), max_length=255, blank=True)
    branch = models.ForeignKey(
        "accounts.Branch",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="orders",
        help_text=_("Where goods are picked up and whose technicians install."),
    )
    desired_date = models.DateField(_("desired installation date"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=32, blank=True)
    tracking_reference = models.CharField(_("tracking reference"), max_length=80, blank=True)
    reason = models.TextField(_("reason"), blank=True, help_text=_("Why it was rejected or cancelled."))
    reschedule_request = models.TextField(_("reschedule request"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        permissions = [
            ("review_order", _("Can approve or reject orders")),
            ("schedule_installation", _("Can schedule installations")),
            ("ship_order", _("Can ship orders")),
            ("activate_order", _("Can start and confirm activation")),
            ("complete_order", _("Can complete orders")),
            ("cancel_order", _("Can cancel orders")),
            ("manage_payment", _("Can record payments and refunds")),
            ("export_orders", _("Can export orders")),
        ]
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="order_created"),
            models.Index(fields=["status", "-created_at", "-id"], name="order_status_created"),
            models.Index(fields=["payment_state", "-created_at", "-id"], name="order_payment_created"),
            models.Index(fields=["type", "-created_at", "-id"], name="order_type_created"),
            models.Index(fields=["customer", "-created_at", "-id"], name="order_customer_created"),
            models.Index(fields=["customer", "status", "-created_at"], name="order_customer_status"),
            models.Index(fields=["channel_code", "-created_at"], name="order_channel_created"),
            models.Index(fields=["-gross_total", "-id"], name="order_gross"),
            models.Index(fields=["status", "-gross_total", "-id"], name="order_status_gross"),
            # The desk counts orders per status under each filter it offers.
            models.Index(fields=["status", "payment_state"], name="order_status_payment"),
            models.Index(fields=["status", "type"], name="order_status_type"),
            models.Index(fields=["status", "channel_code"], name="order_status_channel"),
        ]

    def __str__(self) -> str:
        return self.number

    def get_absolute_url(self) -> str:
        return reverse("orders_staff:detail", args=[self.pk])

    def get_portal_url(self) -> str:
        return reverse("orders_portal:detail", args=[self.pk])


class OrderLine(models.Model):
    """One product or plan on an order, with the price, tax and name as they were when ordered."""

    order = models.ForeignKey(Order, verbose_name=_("order"), on_delete=models.CASCADE, related_name="lines")
    product = models.ForeignKey(
        Product, verbose_name=_("product"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    plan = models.ForeignKey(
        TariffPlan, verbose_name=_("tariff plan"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(_("item"), max_length=200)
    quantity = models.PositiveIntegerField(_("quantity"), validators=[MinValueValidator(1)])
    unit_price = models.DecimalField(_("unit price"), **MONEY)
    tax_rate = models.DecimalField(_("tax rate, %"), **TAX_RATE)
    net_amount = models.DecimalField(_("net"), **MONEY)
    tax_amount = models.DecimalField(_("tax"), **MONEY)
    gross_amount = models.DecimalField(_("total"), **MONEY)
    # What the inventory app reserves for this line (a number or an ICCID); empty until it does.
    stock_reference = models.CharField(_("stock reference"), max_length=60, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        constraints = [
            models.CheckConstraint(
                condition=Q(product__isnull=False, plan__isnull=True) | Q(product__isnull=True, plan__isnull=False),
                name="orderline_product_xor_plan",
            ),
            models.CheckConstraint(condition=Q(quantity__gte=1), name="orderline_quantity_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.name}"


class InstallationSlot(models.Model):
    """A technician's time at a branch; an order books at most one, a slot serves at most one order."""

    branch = models.ForeignKey(
        "accounts.Branch", verbose_name=_("branch"), on_delete=models.PROTECT, related_name="installation_slots"
    )
    technician = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("technician"), on_delete=models.PROTECT, related_name="+"
    )
    starts_at = models.DateTimeField(_("start"))
    ends_at = models.DateTimeField(_("end"))
    order = models.OneToOneField(
        Order,
        verbose_name=_("order"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="slot",
    )
    booked_at = models.DateTimeField(_("booked"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("installation slot")
        verbose_name_plural = _("installation slots")
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="slot_ends_after_start"),
            models.UniqueConstraint(fields=["technician", "starts_at"], name="slot_unique_technician_start"),
        ]
        indexes = [
            models.Index(fields=["branch", "starts_at"], name="slot_branch_start"),
            models.Index(fields=["technician", "starts_at"], name="slot_technician_start"),
        ]

    def __str__(self) -> str:
        return f"{self.branch} {self.starts_at:%Y-%m-%d %H:%M} {self.technician}"

    @property
    def is_free(self) -> bool:
        return self.order_id is None


class OrderAction(ActionRecord):
    """The order's timeline: who moved which state field from what to what, and why."""

    class Field(models.TextChoices):
        STATUS = "status", _("Status")
        PAYMENT = "payment_state", _("Payment")
        DETAILS = "details", _("Details")

    order = models.ForeignKey(Order, verbose_name=_("order"), on_delete=models.CASCADE, related_name="actions")
    field = models.CharField(_("state field"), max_length=20, choices=Field.choices, default=Field.STATUS)

    class Meta(ActionRecord.Meta):
        verbose_name = _("order action")
        verbose_name_plural = _("order actions")
        indexes = [models.Index(fields=["order", "created_at"], name="orderaction_order")]
