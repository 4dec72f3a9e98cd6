from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from accounts.models import Customer
from core.files import private_storage


class Note(models.Model):
    """A history entry the customer writes themselves; only their account sees it."""

    customer = models.ForeignKey(
        Customer, verbose_name=_("customer account"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), blank=True)
    file = models.FileField(_("file"), upload_to="notes/%Y/%m/", storage=private_storage, max_length=255, blank=True)
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    file_type = models.CharField(_("file type"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("customer note")
        verbose_name_plural = _("customer notes")
        indexes = [models.Index(fields=["customer", "-created_at"], name="note_customer_created")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("portalhome:note_edit", args=[self.pk])


class Notice(models.Model):
    """A notice from managers on the staff workspace, shown between its start and end dates."""

    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), blank=True)
    starts_on = models.DateField(_("shown from"), default=timezone.localdate)
    ends_on = models.DateField(_("shown until"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        indexes = [models.Index(fields=["starts_on", "ends_on"], name="notice_shown")]

    def __str__(self) -> str:
        return self.title


class Registration(models.Model):
    """A sign-up from the portal: link sent, then joined to an account or waiting for staff review."""

    class Status(models.TextChoices):
        LINK_SENT = "link_sent", _("Link sent")
        JOINED = "joined", _("Joined an existing account")
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    reference = models.CharField(
        _("contract or customer number"), max_length=40, blank=True, help_text=_("For existing customers.")
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.LINK_SENT, editable=False
    )
    customer = models.ForeignKey(
        Customer,
        verbose_name=_("customer account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        permissions = [("review_registration", _("Can approve or reject self-registrations"))]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="registration_status"),
            models.Index(fields=["email", "status"], name="registration_email"),
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"
