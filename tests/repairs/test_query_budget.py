"""Lists and pages run a fixed number of queries whatever the row count."""

import pytest
from django.urls import reverse

from repairs.models import Repair
from tests.repairs.conftest import register

pytestmark = pytest.mark.django_db


def many(owner, branch, count: int) -> None:
    first = register(by=owner, customer=owner.customer, branch=branch)
    Repair.objects.bulk_create(
        [
            Repair(
                number=f"R-B{index:05d}",
                customer=owner.customer,
                branch=branch,
                created_by=owner,
                device_type="Phone",
                device_model=f"Model {index}",
                serial_number=f"SN-{index}",
                problem="Broken",
                handed_over_by="A",
                handed_over_id_number="AB123456",
                handed_over_phone="1",
                status=Repair.Status.values[index % 6],
            )
            for index in range(count)
        ]
    )
    return first


@pytest.mark.parametrize("count", [3, 60])
def test_the_lists_and_pages_hold_their_budget(
    client, owner, technician, manager, branch, count, django_assert_max_num_queries
):
    repair = many(owner, branch, count)
    client.force_login(owner)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("repairs_portal:list")).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(reverse("repairs_portal:detail", args=[repair.pk])).status_code == 200
    client.force_login(technician)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("repairs_staff:queue")).status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get(reverse("repairs_staff:detail", args=[repair.pk])).status_code == 200
    client.force_login(manager)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("repairs_staff:turnaround")).status_code == 200
