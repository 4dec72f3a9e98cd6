from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from notifications.events import Kind


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("SMS")


class OutboxMessage(models.Model):
    """One message to one recipient by one channel, written in the producer's transaction.

    This is a delivery log, not business data: it has no history table (its
    rows only move forward, and `attempts`/`last_error`/`sent_at` record how).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    event = models.CharField(_("event"), max_length=64)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    customer = models.ForeignKey(
        "accounts.Customer",
        verbose_name=_("customer account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    to = models.CharField(_("to"), max_length=254, blank=True, help_text=_("E-mail address or phone number"))
    to_name = models.CharField(_("recipient name"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10)
    time_zone = models.CharField(_("time zone"), max_length=64)
    context = models.JSONField(_("context"), default=dict)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    parts_sent = models.PositiveSmallIntegerField(_("SMS parts sent"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    reason = models.CharField(_("reason"), max_length=255, blank=True, help_text=_("Why the message failed"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        default_permissions = ("view",)
        permissions = [
            ("resend_outboxmessage", _("Can re-send a failed message")),
            ("view_outbox_content", _("Can read what outbox messages say")),
        ]
        indexes = [
            # The sweep: pending rows by due time.
            models.Index(fields=["status", "next_attempt_at"], name="outbox_status_due"),
            models.Index(fields=["status", "-created_at"], name="outbox_status_created"),
            models.Index(fields=["event", "-created_at"], name="outbox_event_created"),
            models.Index(fields=["to"], name="outbox_to"),
        ]

    def __str__(self) -> str:
        return f"{self.event} → {self.to or '?'} ({self.get_channel_display()})"


class NotificationTemplate(models.Model):
    """What one event says by one channel in one language; editable by administrators.

    Subject and bodies are Django template source rendered with the event's
    context as *values* (never as template code); HTML is autoescaped. Workers
    cache templates for NOTIFICATIONS_TEMPLATE_CACHE_SECONDS.
    """

    event = models.CharField(_("event"), max_length=64)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    subject = models.CharField(_("subject"), max_length=255, blank=True, help_text=_("E-mail only"))
    body_text = models.TextField(_("text"), help_text=_("Plain-text e-mail body, or the SMS text"))
    body_html = models.TextField(_("HTML"), blank=True, help_text=_("E-mail only; autoescaped"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["event", "channel", "language"]
        verbose_name = _("notification template")
        verbose_name_plural = _("notification templates")
        constraints = [
            models.UniqueConstraint(fields=["event", "channel", "language"], name="notification_template_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.event} / {self.channel} / {self.language}"


class NotificationPreference(models.Model):
    """A user's channels for one kind of message. Without a row, the user's
    general `notify_by_email` / `notify_by_sms` switches apply."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    kind = models.CharField(_("kind of message"), max_length=20, choices=Kind.choices)
    by_email = models.BooleanField(_("by e-mail"), default=True)
    by_sms = models.BooleanField(_("by SMS"), default=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["user", "kind"]
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_unique")]

    def __str__(self) -> str:
        return f"{self.user} / {self.kind}"

    @property
    def channels(self) -> set[str]:
        return {channel for channel, on in ((Channel.EMAIL, self.by_email), (Channel.SMS, self.by_sms)) if on}
