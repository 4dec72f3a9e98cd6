"""The provisioning adapter: the steps an operator performs to switch a service on (and off).

`adapter()` returns the implementation named by settings.PROVISIONING_ADAPTER:
"simulated" (default; state in the database, faults from SimulatedFault rows) or
"http" (JSON POSTs to settings.PROVISIONING_URL; the contract is in the README).

Every step receives the job id and what earlier steps returned, and must be idempotent
per job: asked twice, it answers what it answered the first time.
"""

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from core.numbering import next_value
from customers.models import IpAddress, SimulatedFault, SimulatedResource

ACTIVATION_STEPS = ("reserve_number", "bind_sim", "configure_equipment", "assign_ip", "enable_plan")
DISCONNECTION_STEPS = ("disable_plan", "release_ip", "unbind_sim", "release_number")
OPERATIONS = ("change_plan", "add_addon", "remove_addon", "suspend", "resume", "send_settings")


class ProvisioningError(Exception):
    """A step failed. `transient` failures (5xx, timeouts) are retried; others are not."""

    def __init__(self, message: str, *, transient: bool = True):
        super().__init__(message)
        self.transient = transient


@dataclass
class Request:
    """`job_id` is the activation job's id for activation steps, the service's id for operations on it."""

    job_id: int
    step: str
    payload: dict


class SimulatedNetwork:
    """A network that lives in the database. A step's answer is stored per (job, step), so a
    repeated call after a crash returns the same number, SIM and address."""

    def call(self, request: Request) -> dict:
        self._fault(request.step)
        if request.step not in ACTIVATION_STEPS:
            return self._perform(request)
        with transaction.atomic():
            known = SimulatedResource.objects.filter(job_id=request.job_id, step=request.step).first()
            if known:
                return known.data
            data = self._perform(request)
            SimulatedResource.objects.create(job_id=request.job_id, step=request.step, data=data)
            return data

    @staticmethod
    def _fault(step: str) -> None:
        with transaction.atomic():
            fault = SimulatedFault.objects.select_for_update().filter(step__in=[step, "*"]).first()
            if fault is None:
                return
            if fault.remaining:
                fault.remaining -= 1
                if fault.remaining:
                    fault.save(update_fields=["remaining"])
                else:
                    fault.delete()
            mode, delay = fault.mode, fault.delay_seconds
        if delay:
            time.sleep(delay)
        if mode == SimulatedFault.Mode.FAIL:
            raise ProvisioningError(f"simulated failure at {step}")
        if mode == SimulatedFault.Mode.TIMEOUT:
            raise ProvisioningError(f"simulated timeout at {step}")

    def _perform(self, request: Request) -> dict:
        step, payload = request.step, request.payload
        if step == "reserve_number":
            return {"phone_number": f"+7900{next_value('simulated-msisdn'):07d}"}
        if step == "bind_sim":
            serial = next_value("simulated-iccid")
            return {
                "iccid": f"8970199{serial:012d}"[:19],
                "imsi": f"25099{serial:010d}",
                "pin": f"{serial % 10000:04d}",
                "puk": f"{(serial * 7919) % 100000000:08d}",
                "hlr": "HLR-SIM-1",
            }
        if step == "release_ip":
            # The address goes back to its pool; nothing to do for a job that had none.
            IpAddress.objects.filter(job_id=request.job_id).update(job=None)
            return {"released": payload.get("ip_address")}
        if step == "release_number":
            return {"released": payload.get("phone_number")}
        if step == "assign_ip":
            if not payload.get("broadband"):
                return {"ip_address": None}
            address = IpAddress.objects.filter(job_id=request.job_id).first()
            if address is None:
                address = (
                    IpAddress.objects.select_for_update(skip_locked=True)
                    .filter(job__isnull=True, pool__is_active=True)
                    .order_by("pk")
                    .first()
                )
                if address is None:
                    raise ProvisioningError("no free IP address in the pools", transient=False)
                address.job_id = request.job_id
                address.save(update_fields=["job"])
            return {"ip_address": address.address}
        return {"ok": True}


class HttpProvisioning:
    """POST <PROVISIONING_URL>/<step> with {"job": id, ...payload}; the JSON answer is the step's result."""

    def call(self, request: Request) -> dict:
        body = json.dumps({"job": request.job_id, "step": request.step, **request.payload}).encode()
        http_request = urllib.request.Request(
            f"{settings.PROVISIONING_URL.rstrip('/')}/{request.step}",
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "Idempotency-Key": f"{request.job_id}:{request.step}"},
        )
        if settings.PROVISIONING_TOKEN:
            http_request.add_header("Authorization", f"Bearer {settings.PROVISIONING_TOKEN}")
        try:
            with urllib.request.urlopen(http_request, timeout=settings.PROVISIONING_TIMEOUT) as response:  # nosec B310
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            raise ProvisioningError(f"HTTP {error.code} at {request.step}", transient=error.code >= 500) from error
        except (TimeoutError, urllib.error.URLError, ConnectionError) as error:
            raise ProvisioningError(f"no answer at {request.step}: {error}") from error
        except ValueError as error:
            raise ProvisioningError(f"bad answer at {request.step}", transient=False) from error


def adapter() -> SimulatedNetwork | HttpProvisioning:
    return HttpProvisioning() if settings.PROVISIONING_ADAPTER == "http" else SimulatedNetwork()
