"""Contracts, invoices and pro-forma invoices, payments and customer credit (DESIGN §6).

Status fields change only in `billing.workflow`; money is Decimal (see billing.money).
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from accounts.models import Customer
from core.files import private_storage
from core.models import ActionRecord

MONEY = {"max_digits": 14, "decimal_places": 2}
ZERO = Decimal("0.00")


class Contract(models.Model):
    class Kind(models.TextChoices):
        SERVICE = "service", _("Service")
        SALE = "sale", _("Sale")
        MAINTENANCE = "maintenance", _("Maintenance")

    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("contract status", "Draft")
        ACTIVE = "active", pgettext_lazy("contract status", "Active")
        ENDING = "ending", pgettext_lazy("contract status", "Ending")
        ENDED = "ended", pgettext_lazy("contract status", "Ended")
        TERMINATED = "terminated", pgettext_lazy("contract status", "Terminated")

    number = models.CharField(_("number"), max_length=20, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    customer = models.ForeignKey(
        Customer, verbose_name=_("customer"), on_delete=models.PROTECT, related_name="contracts"
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.SERVICE)
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"))
    amount = models.DecimalField(_("amount"), **MONEY, validators=[MinValueValidator(ZERO)])
    currency = models.CharField(_("currency"), max_length=3, default=settings.DEFAULT_CURRENCY)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    account_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account manager"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reminded_at = models.DateTimeField(_("end reminder sent"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-start_date", "-pk"]
        verbose_name = _("contract")
        verbose_name_plural = _("contracts")
        indexes = [
            models.Index(fields=["customer", "status", "-start_date"]),
            models.Index(fields=["status", "end_date"]),
            models.Index(fields=["status", "-start_date"]),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.name}"


class ContractDocument(models.Model):
    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(_("file"), storage=private_storage, upload_to="contracts/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("contract document")
        verbose_name_plural = _("contract documents")

    def __str__(self) -> str:
        return self.original_name


class ContractAction(ActionRecord):
    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="actions")

    class Meta(ActionRecord.Meta):
        verbose_name = _("contract action")
        verbose_name_plural = _("contract actions")


class Invoice(models.Model):
    class Kind(models.TextChoices):
        INVOICE = "invoice", _("Invoice")
        PROFORMA = "proforma", _("Pro-forma invoice")

    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("invoice status", "Draft")
        ISSUED = "issued", pgettext_lazy("invoice status", "Issued")
        PARTLY_PAID = "partly_paid", pgettext_lazy("invoice status", "Partly paid")
        PAID = "paid", pgettext_lazy("invoice status", "Paid")
        OVERDUE = "overdue", pgettext_lazy("invoice status", "Overdue")
        CANCELLED = "cancelled", pgettext_lazy("invoice status", "Cancelled")
        CONVERTED = "converted", pgettext_lazy("invoice status", "Turned into an invoice")

    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices, default=Kind.INVOICE)
    # Blank while a draft: numbers are taken when issued, so the series has no gaps.
    number = models.CharField(_("number"), max_length=30, blank=True, editable=False)
    customer = models.ForeignKey(
        Customer, verbose_name=_("customer"), on_delete=models.PROTECT, related_name="invoices"
    )
    contract = models.ForeignKey(
        Contract, verbose_name=_("contract"), on_delete=models.PROTECT, null=True, blank=True, related_name="invoices"
    )
    source = models.CharField(_("made from"), max_length=60, blank=True, help_text=_("e.g. the order it bills"))
    # The order an invoice was made from (orders.hooks): its primary key, at most one invoice per order.
    # Not a foreign key: billing and orders do not depend on each other.
    order_ref = models.PositiveBigIntegerField(_("order"), null=True, blank=True, editable=False)
    issue_date = models.DateField(_("issue date"), null=True, blank=True)
    due_date = models.DateField(_("due date"))
    currency = models.CharField(_("currency"), max_length=3, default=settings.DEFAULT_CURRENCY)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    net = models.DecimalField(_("net"), **MONEY, default=ZERO)
    tax = models.DecimalField(_("tax"), **MONEY, default=ZERO)
    gross = models.DecimalField(_("total"), **MONEY, default=ZERO)
    paid_amount = models.DecimalField(_("paid"), **MONEY, default=ZERO)
    cancel_reason = models.CharField(_("reason for cancelling"), max_length=500, blank=True)
    converted_to = models.OneToOneField(
        "self",
        verbose_name=_("invoice made from it"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="converted_from",
    )
    reminded_at = models.DateTimeField(_("overdue reminder sent"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("invoice")
        verbose_name_plural = _("invoices")
        permissions = [
            ("issue_invoice", _("Can issue and cancel invoices")),
        ]
        indexes = [
            models.Index(fields=["customer", "kind", "status", "-created_at"]),
            models.Index(fields=["customer", "-created_at"]),
            models.Index(fields=["kind", "status", "-created_at"]),
            models.Index(fields=["status", "due_date"]),
            models.Index(fields=["status", "-created_at", "-id"], name="invoice_status_newest"),
            models.Index(fields=["-created_at", "-id"], name="invoice_newest"),
            models.Index(fields=["number"]),
            # Overdue ageing (billing.selectors.overdue_ageing): the unpaid invoices by due date, with the
            # amounts it sums, so PostgreSQL answers from the index alone however many invoices are paid.
            # The amounts are key columns, not INCLUDE: SQLite (check --deploy's database) has no INCLUDE.
            models.Index(
                fields=["due_date", "gross", "paid_amount"],
                condition=models.Q(kind="invoice", status__in=["issued", "partly_paid", "overdue"]),
                name="invoice_unpaid_due",
            ),
            # A customer's statement (billing.selectors.statement): the sums before and during a period and
            # the period's rows, from the customer's issued invoices by issue date (index-only for the sums).
            models.Index(
                fields=["customer", "issue_date", "gross"],
                condition=models.Q(kind="invoice") & ~models.Q(status__in=["draft", "cancelled"]),
                name="invoice_statement",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["number"], condition=~models.Q(number=""), name="invoice_number_unique"),
            models.UniqueConstraint(
                fields=["order_ref"], condition=models.Q(order_ref__isnull=False), name="invoice_once_per_order"
            ),
        ]

    def __str__(self) -> str:
        return self.number or str(_("Draft %(kind)s #%(pk)s") % {"kind": self.get_kind_display(), "pk": self.pk})

    @property
    def due(self) -> Decimal:
        return self.gross - self.paid_amount

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


OPEN_STATUSES = (Invoice.Status.ISSUED, Invoice.Status.PARTLY_PAID, Invoice.Status.OVERDUE)


class InvoiceLine(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="lines")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    description = models.CharField(_("description"), max_length=300)
    quantity = models.DecimalField(
        _("quantity"), max_digits=12, decimal_places=3, validators=[MinValueValidator(Decimal("0.001"))]
    )
    unit_price = models.DecimalField(_("unit price"), **MONEY, validators=[MinValueValidator(ZERO)])
    tax_rate = models.DecimalField(
        _("tax rate (%)"), max_digits=5, decimal_places=2, default=ZERO, validators=[MinValueValidator(ZERO)]
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("invoice line")
        verbose_name_plural = _("invoice lines")

    def __str__(self) -> str:
        return self.description


class InvoiceAction(ActionRecord):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="actions")

    class Meta(ActionRecord.Meta):
        verbose_name = _("invoice action")
        verbose_name_plural = _("invoice actions")


class Payment(models.Model):
    class Method(models.TextChoices):
        BANK_TRANSFER = "bank_transfer", _("Bank transfer")
        CARD_AT_OFFICE = "card_office", _("Card at the office")
        CASH = "cash", _("Cash")
        OTHER = "other", _("Other")
        ONLINE = "online", _("Online")

    class Status(models.TextChoices):
        AWAITING_PROVIDER = "awaiting_provider", pgettext_lazy("payment status", "Waiting for the payment provider")
        UNDER_REVIEW = "under_review", pgettext_lazy("payment status", "Under review")
        ACCEPTED = "accepted", pgettext_lazy("payment status", "Accepted")
        REJECTED = "rejected", pgettext_lazy("payment status", "Rejected")
        REVERSED = "reversed", pgettext_lazy("payment status", "Reversed")

    number = models.CharField(_("number"), max_length=30, unique=True, editable=False)
    customer = models.ForeignKey(
        Customer, verbose_name=_("customer"), on_delete=models.PROTECT, related_name="payments"
    )
    amount = models.DecimalField(_("amount"), **MONEY, validators=[MinValueValidator(Decimal("0.01"))])
    currency = models.CharField(_("currency"), max_length=3, default=settings.DEFAULT_CURRENCY)
    method = models.CharField(_("method"), max_length=20, choices=Method.choices)
    paid_on = models.DateField(_("date paid"))
    reference = models.CharField(_("reference"), max_length=120, blank=True)
    receipt = models.FileField(_("receipt"), storage=private_storage, upload_to="receipts/%Y/%m/", blank=True)
    receipt_name = models.CharField(_("receipt file name"), max_length=255, blank=True)
    receipt_type = models.CharField(_("receipt type"), max_length=100, blank=True)
    invoices = models.ManyToManyField(Invoice, through="PaymentAllocation", related_name="payments", blank=True)
    # Whatever is left after the chosen invoices becomes credit only when the customer said so.
    keep_rest_as_credit = models.BooleanField(_("keep the rest as credit"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.UNDER_REVIEW)
    # Online payments: the provider's confirmation id; a callback that repeats one is a replay.
    provider_reference = models.CharField(_("provider reference"), max_length=120, blank=True, editable=False)
    reject_reason = models.CharField(_("reason for rejecting"), max_length=500, blank=True)
    credited = models.DecimalField(_("became credit"), **MONEY, default=ZERO)
    corrects = models.ForeignKey(
        "self", verbose_name=_("corrects"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), on_delete=models.PROTECT, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(_("recorded"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        permissions = [
            ("review_payment", _("Can accept and reject payments")),
            ("reverse_payment", _("Can reverse accepted payments")),
        ]
        indexes = [
            models.Index(fields=["status", "created_at", "id"], name="payment_status_oldest"),
            models.Index(fields=["customer", "status", "-created_at"]),
            models.Index(fields=["customer", "-paid_on"]),
            # A customer's statement: accepted payments by date, with the amount it sums (index-only).
            models.Index(
                fields=["customer", "paid_on", "amount"],
                condition=models.Q(status="accepted"),
                name="payment_statement",
            ),
        ]

    def __str__(self) -> str:
        return self.number


class PaymentAllocation(models.Model):
    """An invoice a payment pays; `amount` is what acceptance applied to it (0 until then)."""

    payment = models.ForeignKey(Payment, on_delete=models.CASCADE, related_name="allocations")
    invoice = models.ForeignKey(Invoice, on_delete=models.PROTECT, related_name="allocations")
    amount = models.DecimalField(_("applied"), **MONEY, default=ZERO)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("payment allocation")
        verbose_name_plural = _("payment allocations")
        constraints = [models.UniqueConstraint(fields=["payment", "invoice"], name="allocation_once_per_invoice")]

    def __str__(self) -> str:
        return f"{self.payment_id}→{self.invoice_id}: {self.amount}"


class PaymentAction(ActionRecord):
    payment = models.ForeignKey(Payment, on_delete=models.CASCADE, related_name="actions")

    class Meta(ActionRecord.Meta):
        verbose_name = _("payment action")
        verbose_name_plural = _("payment actions")


class CreditEntry(models.Model):
    """One change of a customer's credit; Customer.credit_balance is their sum."""

    class Kind(models.TextChoices):
        PAYMENT_REST = "payment_rest", _("Rest of a payment")
        APPLIED = "applied", _("Applied to an invoice")
        REVERSAL = "reversal", _("Payment reversed")

    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="credit_entries")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    amount = models.DecimalField(_("amount"), **MONEY)
    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    invoice = models.ForeignKey(Invoice, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("credit entry")
        verbose_name_plural = _("credit entries")
        indexes = [models.Index(fields=["customer", "created_at"])]

    def __str__(self) -> str:
        return f"{self.customer_id}: {self.amount}"
