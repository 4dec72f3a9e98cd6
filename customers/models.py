"""Subscriber services, their operations, and the activation job that creates them."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from core.models import ActionRecord

MONEY = {"max_digits": 14, "decimal_places": 2}


class IpPool(models.Model):
    """Addresses the admin hands out to broadband services (one row per address, see IpAddress)."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    is_active = models.BooleanField(_("in use"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("IP pool")
        verbose_name_plural = _("IP pools")

    def __str__(self) -> str:
        return self.name


class IpAddress(models.Model):
    pool = models.ForeignKey(IpPool, verbose_name=_("pool"), on_delete=models.PROTECT, related_name="addresses")
    address = models.GenericIPAddressField(_("address"), unique=True)
    # The activation job that took it: a retried step finds its own address instead of taking a second one.
    job = models.OneToOneField(
        "ActivationJob", verbose_name=_("taken by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="ip"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["address"]
        verbose_name = _("IP address")
        verbose_name_plural = _("IP addresses")
        indexes = [models.Index(fields=["pool", "job"], name="ip_pool_free")]

    def __str__(self) -> str:
        return self.address


class SubscriberService(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", pgettext_lazy("service status", "Active")
        SUSPENDED = "suspended", pgettext_lazy("service status", "Suspended")
        TERMINATED = "terminated", pgettext_lazy("service status", "Terminated")

    customer = models.ForeignKey(
        "accounts.Customer", verbose_name=_("customer"), on_delete=models.PROTECT, related_name="services"
    )
    order = models.OneToOneField(
        "orders.Order",
        verbose_name=_("order"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subscriber_service",
    )
    phone_number = models.CharField(_("phone number"), max_length=32, unique=True)
    contract_number = models.CharField(_("contract"), max_length=40, blank=True)
    contract_date = models.DateField(_("contract date"), null=True, blank=True)
    plan = models.ForeignKey(
        "orders.TariffPlan", verbose_name=_("tariff plan"), on_delete=models.PROTECT, related_name="services"
    )
    iccid = models.CharField(_("SIM serial (ICCID)"), max_length=22, blank=True, db_index=True)
    imsi = models.CharField(_("IMSI"), max_length=15, blank=True)
    pin = models.CharField(_("PIN"), max_length=8, blank=True)
    puk = models.CharField(_("PUK"), max_length=10, blank=True)
    hlr = models.CharField(_("HLR"), max_length=40, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    arpu = models.DecimalField(_("ARPU"), default=Decimal("0.00"), **MONEY)
    balance = models.DecimalField(_("prepaid balance"), default=Decimal("0.00"), **MONEY)
    device_model = models.CharField(_("device model"), max_length=120, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE)
    flash_note = models.CharField(_("flash note"), max_length=255, blank=True)
    user_name = models.CharField(_("actual user"), max_length=200, blank=True)
    user_relation = models.CharField(_("relation to the customer"), max_length=120, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["phone_number"]
        verbose_name = _("subscriber service")
        verbose_name_plural = _("subscriber services")
        permissions = [("view_service_secrets", _("Can reveal PIN and PUK codes"))]
        indexes = [
            models.Index(fields=["customer", "status", "phone_number"], name="service_customer_status"),
            models.Index(fields=["contract_number"], name="service_contract"),
        ]

    def __str__(self) -> str:
        return self.phone_number

    def get_absolute_url(self) -> str:
        return reverse("customers_staff:service", args=[self.pk])


class ServiceAction(ActionRecord):
    service = models.ForeignKey(SubscriberService, on_delete=models.CASCADE, related_name="actions")

    class Meta(ActionRecord.Meta):
        verbose_name = _("service action")
        verbose_name_plural = _("service actions")
        indexes = [models.Index(fields=["service", "created_at"], name="service_action_time")]


class PlanChange(models.Model):
    service = models.ForeignKey(SubscriberService, on_delete=models.CASCADE, related_name="plan_changes")
    old_plan = models.ForeignKey("orders.TariffPlan", on_delete=models.PROTECT, related_name="+")
    new_plan = models.ForeignKey("orders.TariffPlan", on_delete=models.PROTECT, related_name="+")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    changed_at = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("plan change")
        verbose_name_plural = _("plan changes")
        indexes = [models.Index(fields=["service", "-changed_at"], name="plan_change_service")]

    def __str__(self) -> str:
        return f"{self.old_plan_id}→{self.new_plan_id}"


class AddOn(models.Model):
    """An add-on (SOC code) on a service and the status of its last provisioning operation."""

    class Status(models.TextChoices):
        ACTIVE = "active", pgettext_lazy("add-on status", "Active")
        FAILED = "failed", pgettext_lazy("add-on status", "Operation failed")
        REMOVED = "removed", pgettext_lazy("add-on status", "Removed")

    service = models.ForeignKey(SubscriberService, on_delete=models.CASCADE, related_name="addons")
    soc_code = models.CharField(_("SOC code"), max_length=20)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    error = models.CharField(_("error"), max_length=255, blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["soc_code"]
        verbose_name = _("add-on")
        verbose_name_plural = _("add-ons")
        constraints = [models.UniqueConstraint(fields=["service", "soc_code"], name="addon_unique_soc")]

    def __str__(self) -> str:
        return self.soc_code


class Accumulator(models.Model):
    """An additional balance (minutes, data, bonus money) beside the prepaid balance."""

    service = models.ForeignKey(SubscriberService, on_delete=models.CASCADE, related_name="accumulators")
    name = models.CharField(_("name"), max_length=80)
    amount = models.DecimalField(_("amount"), **MONEY)
    unit = models.CharField(_("unit"), max_length=20)

    class Meta:
        ordering = ["name"]
        verbose_name = _("additional balance")
        verbose_name_plural = _("additional balances")

    def __str__(self) -> str:
        return f"{self.name}: {self.amount} {self.unit}"


class ActivationJob(models.Model):
    """The provisioning of one order's service, step by step (see customers.activation)."""

    class Status(models.TextChoices):
        RUNNING = "running", pgettext_lazy("activation status", "Running")
        SUCCEEDED = "succeeded", pgettext_lazy("activation status", "Succeeded")
        FAILED = "failed", pgettext_lazy("activation status", "Activation failed")
        CANCELLED = "cancelled", pgettext_lazy("activation status", "Cancelled")

    order = models.OneToOneField(
        "orders.Order", verbose_name=_("order"), on_delete=models.PROTECT, related_name="activation_job"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RUNNING)
    error = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("activation job")
        verbose_name_plural = _("activation jobs")
        indexes = [models.Index(fields=["status", "-created_at"], name="activation_status")]

    def __str__(self) -> str:
        return f"{self.order_id}: {self.status}"


class ActivationStep(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("step status", "Waiting")
        RUNNING = "running", pgettext_lazy("step status", "Running")
        DONE = "done", pgettext_lazy("step status", "Done")
        FAILED = "failed", pgettext_lazy("step status", "Failed")

    job = models.ForeignKey(ActivationJob, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField(_("position"))
    name = models.CharField(_("step"), max_length=40)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    result = models.JSONField(_("result"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["job", "position"]
        verbose_name = _("activation step")
        verbose_name_plural = _("activation steps")
        constraints = [models.UniqueConstraint(fields=["job", "name"], name="activation_step_unique")]

    def __str__(self) -> str:
        return f"{self.name}: {self.status}"


class SimulatedResource(models.Model):
    """The simulated network's memory: what it gave out to which job (numbers, SIMs, equipment, plans)."""

    job_id = models.PositiveBigIntegerField()
    step = models.CharField(max_length=40)
    data = models.JSONField(default=dict)

    class Meta:
        verbose_name = "simulated network resource"
        verbose_name_plural = "simulated network resources"
        constraints = [models.UniqueConstraint(fields=["job_id", "step"], name="simulated_resource_unique")]

    def __str__(self) -> str:
        return f"{self.job_id}/{self.step}"


class SimulatedFault(models.Model):
    """Tell the simulated network to fail, be slow or time out at a step (tests, demos)."""

    class Mode(models.TextChoices):
        FAIL = "fail", _("Fail")
        SLOW = "slow", _("Slow")
        TIMEOUT = "timeout", _("Time out")

    step = models.CharField(_("step"), max_length=40)
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.FAIL)
    # How many more calls it affects; 0 means every call.
    remaining = models.PositiveIntegerField(_("times"), default=0)
    delay_seconds = models.FloatField(_("delay (s)"), default=0)

    class Meta:
        verbose_name = _("simulated fault")
        verbose_name_plural = _("simulated faults")

    def __str__(self) -> str:
        return f"{self.step}: {self.mode}"
