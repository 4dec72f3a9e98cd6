"""Support requests and staff tasks worked in queues (DESIGN §3).

Status changes happen only in `tickets.workflow`; nothing else assigns
`Ticket.status`.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField
from simple_history.models import HistoricalRecords

from core.files import private_storage
from core.models import ActionRecord
from core.numbering import next_number

NUMBER_SERIES = "ticket"

NUMBER_PREFIX = "T-"
QUEUE_NAME_FIELDS = ("name_ru", "name_fa", "name_zh_hans")


class TicketType(models.TextChoices):
    INCIDENT = "incident", _("Fault")
    REQUEST = "request", _("Service request")
    QUESTION = "question", _("Question")
    COMPLAINT = "complaint", _("Complaint")
    TASK = "task", _("Internal task")


class Queue(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True, help_text=_("In English"))
    # The name in the other interface languages; blank shows the English one.
    name_ru = models.CharField(_("name in Russian"), max_length=120, blank=True)
    name_fa = models.CharField(_("name in Persian"), max_length=120, blank=True)
    name_zh_hans = models.CharField(_("name in Chinese"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("members"), related_name="ticket_queues", blank=True
    )
    is_active = models.BooleanField(_("active"), default=True)
    customer_can_choose = models.BooleanField(
        _("offered in the portal"), default=True, help_text=_("Customers may file requests into this queue.")
    )
    default_type = models.CharField(
        _("type of its requests"),
        max_length=20,
        choices=TicketType.choices,
        default=TicketType.INCIDENT,
        help_text=_("A customer's request filed into this queue gets this type."),
    )
    history = HistoricalRecords(m2m_fields=[members])

    class Meta:
        ordering = ["name"]
        verbose_name = _("queue")
        verbose_name_plural = _("queues")

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("tickets_staff:queue", args=[self.pk])

    def name_in(self, language: str | None) -> str:
        field = f"name_{(language or '').replace('-', '_').lower()}"
        return getattr(self, field, "") if field in QUEUE_NAME_FIELDS and getattr(self, field) else self.name

    @property
    def display_name(self) -> str:
        """The name in the active language."""
        return self.name_in(get_language())


class Area(models.Model):
    """A known service area: outages are declared for it and customers live in it (matched by name)."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")

    def __str__(self) -> str:
        return self.name


class Outage(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("outage status", "Planned")
        ACTIVE = "active", pgettext_lazy("outage status", "Active")
        RESOLVED = "resolved", pgettext_lazy("outage status", "Resolved")

    area = models.CharField(_("area"), max_length=120)
    services = models.CharField(_("affected services"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("start"))
    expected_end = models.DateTimeField(_("expected end"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("declared by"), on_delete=models.PROTECT, related_name="+"
    )
    customers_notified_at = models.DateTimeField(_("customers told"), null=True, blank=True)
    customers_notified_count = models.PositiveIntegerField(_("customers told by SMS"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("outage")
        verbose_name_plural = _("outages")
        indexes = [models.Index(fields=["area", "status"]), models.Index(fields=["status", "-starts_at"])]

    def __str__(self) -> str:
        return f"{self.area}: {self.services}"

    @property
    def sms_sent_for_this_update(self) -> bool:
        """Customers were told since the outage last changed: a new SMS waits for the next update."""
        return self.customers_notified_at is not None and self.customers_notified_at >= self.updated_at


CUSTOMER_STAGES = {
    "received": _("Received"),
    "in_progress": _("In progress"),
    "needs_correction": _("Needs correction"),
    "waiting_for_answer": _("Waiting for your answer"),
    "resolved": _("Resolved"),
}


class TicketQuerySet(models.QuerySet):
    def waiting_for_customer(self) -> "TicketQuerySet":
        """The one rule for "waiting for you" (lists, their filter and count, the portal home)."""
        return self.exclude(status=Ticket.Status.CLOSED).filter(
            models.Q(waiting_for=Ticket.Waiting.CUSTOMER)
            | models.Q(status=Ticket.Status.REJECT_RETURN, channel=Ticket.Channel.PORTAL)
        )


class Ticket(models.Model):
    class Status(models.TextChoices):
        OPEN = "OPEN", _("Open")
        DISPATCH = "DISPATCH", _("Dispatched")
        REJECT_RETURN = "REJECT-RETURN", _("Returned")
        FORWARDED = "FORWARDED", _("Forwarded")
        CLOSED = "CLOSED", _("Closed")

    class Priority(models.IntegerChoices):
        LOW = 1, _("Low")
        NORMAL = 2, _("Normal")
        HIGH = 3, _("High")
        URGENT = 4, _("Urgent")

    Type = TicketType

    class Channel(models.TextChoices):
        PORTAL = "portal", _("Portal")
        PHONE = "phone", _("Phone")
        EMAIL = "email", _("E-mail")
        STAFF = "staff", _("Staff")

    class Waiting(models.TextChoices):
        COMPANY = "company", _("Waiting for us")
        CUSTOMER = "customer", _("Waiting for you")

    number = models.CharField(_("number"), max_length=20, unique=True, editable=False)
    queue = models.ForeignKey(Queue, verbose_name=_("queue"), on_delete=models.PROTECT, related_name="tickets")
    customer = models.ForeignKey(
        "accounts.Customer", verbose_name=_("customer"), on_delete=models.PROTECT, related_name="tickets"
    )
    contract_number = models.CharField(_("contract number"), max_length=40, blank=True)
    contact_name = models.CharField(_("contact name"), max_length=200)
    contact_phone = PhoneNumberField(_("contact phone"), blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    text = models.TextField(_("text"))
    type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.INCIDENT)
    priority = models.PositiveSmallIntegerField(_("priority"), choices=Priority.choices, default=Priority.NORMAL)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, editable=False)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices, default=Channel.STAFF)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="owned_tickets",
    )
    creator = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("creator"), on_delete=models.PROTECT, related_name="created_tickets"
    )
    waiting_for = models.CharField(
        _("waiting for"), max_length=10, choices=Waiting.choices, default=Waiting.COMPANY, editable=False
    )
    outage = models.ForeignKey(
        Outage, verbose_name=_("outage"), null=True, blank=True, on_delete=models.SET_NULL, related_name="tickets"
    )
    resolution = models.TextField(_("resolution"), blank=True, editable=False)
    return_reason = models.TextField(_("reason for return"), blank=True, editable=False)
    rating = models.PositiveSmallIntegerField(
        _("satisfaction"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        editable=False,
    )
    rating_comment = models.TextField(_("rating comment"), blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now, editable=False)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    # When the owner last opened the ticket: later changes (updated_at) are news for them.
    owner_seen_at = models.DateTimeField(_("owner last looked"), null=True, blank=True, editable=False)
    # Full-text document on PostgreSQL (GIN-indexed by migration 0002); unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    history = HistoricalRecords(excluded_fields=["search_vector", "updated_at", "owner_seen_at"])

    objects = TicketQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("ticket")
        verbose_name_plural = _("tickets")
        permissions = [
            ("view_all_tickets", _("Can see and work every queue's tickets")),
            ("view_internal_notes", _("Can read internal comments")),
            ("declare_outage", _("Can declare outages and tell affected customers")),
            ("assign_ticket", _("Can assign tickets to a colleague of the queue")),
        ]
        indexes = [
            models.Index(fields=["customer", "-created_at"], name="ticket_customer_created"),
            models.Index(fields=["customer", "status", "-created_at"], name="ticket_customer_status"),
            models.Index(fields=["queue", "status", "-created_at"], name="ticket_queue_status"),
            # A queue page: what waits in it, most urgent and oldest first.
            models.Index(
                fields=["queue", "-priority", "created_at", "id"],
                condition=models.Q(status__in=["DISPATCH", "FORWARDED"]),
                name="ticket_queue_waiting",
            ),
            # My folder: what I own or created that is not closed, latest change first.
            models.Index(
                fields=["owner", "-updated_at"],
                condition=models.Q(status__in=["OPEN", "DISPATCH", "REJECT-RETURN", "FORWARDED"]),
                name="ticket_owner_folder",
            ),
            models.Index(
                fields=["creator", "-updated_at"],
                condition=models.Q(status__in=["OPEN", "DISPATCH", "REJECT-RETURN", "FORWARDED"]),
                name="ticket_creator_folder",
            ),
            models.Index(fields=["owner", "-created_at"], name="ticket_owner_created"),
            models.Index(fields=["creator", "-created_at"], name="ticket_creator_created"),
            models.Index(fields=["status", "-created_at"], name="ticket_status_created"),
            models.Index(fields=["-priority", "-created_at"], name="ticket_priority_created"),
            models.Index(fields=["-created_at"], name="ticket_created"),
            models.Index(fields=["contact_phone"], name="ticket_contact_phone"),
            models.Index(fields=["contract_number"], name="ticket_contract"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.subject}"

    def save(self, *args, **kwargs):
        if not self.number:
            # From the "ticket" counter (core.numbering), locked until the caller's transaction ends.
            with transaction.atomic():
                self.number = next_number(NUMBER_SERIES, prefix=NUMBER_PREFIX)
                super().save(*args, **kwargs)
            return
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("tickets_staff:detail", args=[self.pk])

    def get_portal_url(self) -> str:
        return reverse("tickets_portal:detail", args=[self.pk])

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED

    @property
    def needs_creator_action(self) -> bool:
        return self.status == self.Status.REJECT_RETURN

    @property
    def has_news_for_owner(self) -> bool:
        """Changed since its owner last opened it (their own moves end on the ticket page, which counts as a look)."""
        if self.owner_id is None:
            return False
        return self.owner_seen_at is None or self.updated_at > self.owner_seen_at

    @property
    def returned_to_customer(self) -> bool:
        """Returned for correction to the customer who filed it (staff-filed returns stay between staff)."""
        return self.status == self.Status.REJECT_RETURN and self.channel == self.Channel.PORTAL

    @property
    def is_waiting_for_customer(self) -> bool:
        """Row-level twin of TicketQuerySet.waiting_for_customer()."""
        return not self.is_closed and (self.waiting_for == self.Waiting.CUSTOMER or self.returned_to_customer)

    @property
    def customer_stage(self) -> str:
        """The one stage a customer sees (a stable key; stage_label words it for them), never the staff status."""
        return self.customer_stage_of(self.status, self.waiting_for, self.channel)

    @classmethod
    def customer_stage_of(cls, status: str, waiting_for: str, channel: str) -> str:
        """customer_stage from the three columns, for readers of values() rows (the portal timeline)."""
        if status == cls.Status.CLOSED:
            return "resolved"
        if status == cls.Status.REJECT_RETURN and channel == cls.Channel.PORTAL:
            return "needs_correction"
        if waiting_for == cls.Waiting.CUSTOMER:
            return "waiting_for_answer"
        if status in (cls.Status.DISPATCH, cls.Status.FORWARDED):
            return "received"
        return "in_progress"

    @property
    def stage_label(self) -> str:
        return CUSTOMER_STAGES[self.customer_stage]

    @staticmethod
    def normalise_number(text: str) -> str | None:
        """ "t-123", "T-000123" and "123" all name T-000123; None when the text is not a ticket number."""
        cleaned = text.strip().upper().removeprefix(NUMBER_PREFIX).lstrip("0")
        return f"{NUMBER_PREFIX}{int(cleaned):06d}" if cleaned.isdigit() and len(cleaned) < 12 else None


class TicketMessage(models.Model):
    class Kind(models.TextChoices):
        PUBLIC = "public", _("Reply")
        INTERNAL = "internal", _("Internal comment")

    ticket = models.ForeignKey(Ticket, verbose_name=_("ticket"), on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.PUBLIC)
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("ticket message")
        verbose_name_plural = _("ticket messages")
        indexes = [models.Index(fields=["ticket", "kind", "created_at"], name="ticketmessage_thread")]

    def __str__(self) -> str:
        return f"{self.ticket.number}: {self.body[:40]}"

    @property
    def is_internal(self) -> bool:
        return self.kind == self.Kind.INTERNAL


class TicketAttachment(models.Model):
    ticket = models.ForeignKey(Ticket, verbose_name=_("ticket"), on_delete=models.CASCADE, related_name="attachments")
    message = models.ForeignKey(
        TicketMessage,
        verbose_name=_("message"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    file = models.FileField(_("file"), upload_to="tickets/%Y/%m/", storage=private_storage, max_length=255)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.original_name

    @property
    def is_internal(self) -> bool:
        return self.message_id is not None and self.message.kind == TicketMessage.Kind.INTERNAL


class TicketAction(ActionRecord):
    """The ticket's story as people read it: who did what, from which status and queue to which, and why."""

    class Kind(models.TextChoices):
        CREATED = "created", pgettext_lazy("ticket history", "Created")
        DISPATCHED = "dispatched", _("Sent to a queue")
        TAKEN = "taken", _("Taken")
        RETURNED = "returned", _("Returned to its creator")
        RESENT = "resent", _("Corrected and sent again")
        FORWARDED = "forwarded", _("Forwarded")
        CLOSED = "closed", _("Closed")
        REOPENED = "reopened", _("Reopened")
        REPLIED = "replied", _("Replied")
        COMMENTED = "commented", _("Internal comment")
        RATED = "rated", _("Rated")
        OUTAGE_LINKED = "outage_linked", _("Linked to an outage")
        PRIORITY_CHANGED = "priority", _("Priority changed")
        TYPE_CHANGED = "type", _("Type changed")
        SUBJECT_CHANGED = "subject", _("Subject changed")
        ASSIGNED = "assigned", _("Assigned")

    ticket = models.ForeignKey(Ticket, verbose_name=_("ticket"), on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(_("action"), max_length=20, choices=Kind.choices)
    from_status = models.CharField(_("from status"), max_length=16, blank=True, choices=Ticket.Status.choices)
    to_status = models.CharField(_("to status"), max_length=16, blank=True, choices=Ticket.Status.choices)
    from_queue = models.ForeignKey(
        Queue, verbose_name=_("from queue"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    to_queue = models.ForeignKey(
        Queue, verbose_name=_("to queue"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("ticket action")
        verbose_name_plural = _("ticket actions")
        indexes = [
            models.Index(fields=["ticket", "created_at"], name="ticketaction_ticket"),
            # The lists' "Reopened" cue (selectors.with_workspace_cues): the few reopenings, not every action.
            models.Index(fields=["ticket"], condition=models.Q(kind="reopened"), name="ticketaction_reopened"),
        ]

    def __str__(self) -> str:
        return f"{self.ticket_id} {self.kind}"


class Interaction(models.Model):
    """A call, visit or message logged against a customer."""

    class Kind(models.TextChoices):
        CALL = "call", _("Phone call")
        VISIT = "visit", _("Visit")
        EMAIL = "email", _("E-mail")
        MESSAGE = "message", _("Message")

    class Direction(models.TextChoices):
        INBOUND = "in", _("From the customer")
        OUTBOUND = "out", _("To the customer")

    customer = models.ForeignKey(
        "accounts.Customer", verbose_name=_("customer"), on_delete=models.PROTECT, related_name="interactions"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.CALL)
    direction = models.CharField(_("direction"), max_length=3, choices=Direction.choices, default=Direction.INBOUND)
    summary = models.TextField(_("summary"))
    ticket = models.ForeignKey(
        Ticket, verbose_name=_("ticket"), null=True, blank=True, on_delete=models.SET_NULL, related_name="interactions"
    )
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("staff"), on_delete=models.PROTECT, related_name="interactions"
    )
    occurred_at = models.DateTimeField(_("time"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-occurred_at"]
        verbose_name = _("interaction")
        verbose_name_plural = _("interactions")
        indexes = [
            models.Index(fields=["customer", "-occurred_at"], name="interaction_customer"),
            models.Index(fields=["-occurred_at"], name="interaction_time"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.customer_id} {self.occurred_at:%Y-%m-%d}"
