"""Shared models: the numbering counters and the shape of every timeline row."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Counter(models.Model):
    """One row per number series (`ticket`, `customer`, `invoice:standard:2026`); see core.numbering."""

    key = models.CharField(_("series"), max_length=80, unique=True)
    value = models.PositiveBigIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("counter")
        verbose_name_plural = _("counters")

    def __str__(self) -> str:
        return f"{self.key}={self.value}"


class ActionRecord(models.Model):
    """What happened to an object, as people read it: who, when, which move, from which state to which, why.

    Every app's timeline model inherits it and adds the foreign key to its object
    (and may redeclare `kind`, `from_status`, `to_status` with its own choices),
    so a page that lists several kinds reads the same columns from each."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(_("action"), max_length=30)
    from_status = models.CharField(_("from status"), max_length=30, blank=True)
    to_status = models.CharField(_("to status"), max_length=30, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.from_status}→{self.to_status}"


class RateLimitCounter(models.Model):
    """Requests counted in one rate-limit window, where no Redis is configured (core.ratelimit)."""

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "rate limit counter"
        verbose_name_plural = "rate limit counters"

    def __str__(self) -> str:
        return self.key
