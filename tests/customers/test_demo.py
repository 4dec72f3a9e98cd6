"""seed_demo shows every feature of the customers app once, and adds nothing the second time."""

import io

import pytest
from django.core.management import call_command

from customers.models import ActivationJob, AddOn, PlanChange, SubscriberService

pytestmark = pytest.mark.django_db


def test_demo_services_and_activations_are_seeded_once():
    call_command("seed_demo", password="demo-pass-1", stdout=io.StringIO())
    assert set(SubscriberService.objects.values_list("status", flat=True)) >= {"active", "suspended"}
    assert SubscriberService.objects.exclude(flash_note="").exists()
    assert AddOn.objects.exists() and PlanChange.objects.exists()
    assert SubscriberService.objects.filter(customer__kind="business_segment").exists()
    assert ActivationJob.objects.filter(status=ActivationJob.Status.FAILED, order__status="activation_failed").exists()
    count = SubscriberService.objects.count()
    call_command("seed_demo", password="demo-pass-1", stdout=io.StringIO())
    assert SubscriberService.objects.count() == count
