"""The staff customer list: filters by branch and channel, counts by kind under the filters, a fixed
number of queries, and bad filter input answered without a 500."""

import pytest
from django.urls import reverse

from accounts.models import Branch, Customer
from tests.factories import CustomerFactory


@pytest.fixture
def spread(db):
    north, south = Branch.objects.create(name="North"), Branch.objects.create(name="South")
    CustomerFactory.create_batch(3, branch=north, channel_code="DIST-1")
    CustomerFactory.create_batch(2, branch=north, channel_code="DIST-2", kind=Customer.Kind.ORGANISATION)
    CustomerFactory.create_batch(4, branch=south, channel_code="DIST-1")
    return north, south


def names(response) -> set[int]:
    return {customer.pk for customer in response.context["customers"]}


def test_filter_by_branch_and_channel(client, manager, spread):
    north, _south = spread
    client.force_login(manager)
    listing = reverse("customers_staff:list")
    response = client.get(listing, {"branch": north.pk})
    assert names(response) == set(Customer.objects.filter(branch=north).values_list("pk", flat=True))
    assert len(names(response)) == 5
    response = client.get(listing, {"branch": north.pk, "channel": " DIST-1 "})
    assert len(names(response)) == 3
    response = client.get(listing, {"channel": "DIST-1"})
    assert len(names(response)) == 7
    assert response.context["counts"]["person"] == 7


def test_counts_by_kind_follow_the_filters(client, manager, spread):
    north, _south = spread
    client.force_login(manager)
    counts = client.get(reverse("customers_staff:list"), {"branch": north.pk}).context["counts"]
    assert (counts["person"], counts["organisation"], counts["active"]) == (3, 2, 5)
    page = client.get(reverse("customers_staff:list"), {"branch": north.pk}).content.decode()
    assert "Organisations: 2" in page


@pytest.mark.parametrize("params", [{}, {"branch": "1"}, {"channel": "DIST-1"}, {"kind": "person", "status": "active"}])
def test_the_list_runs_a_fixed_number_of_queries_under_each_filter(
    client, manager, spread, params, django_assert_max_num_queries
):
    north, _south = spread
    if "branch" in params:
        params = {"branch": north.pk}
    CustomerFactory.create_batch(20, branch=north, channel_code="DIST-1")
    client.force_login(manager)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("customers_staff:list"), params)
    assert response.status_code == 200


@pytest.mark.parametrize("params", [{"branch": "999999"}, {"branch": "north"}, {"channel": "x" * 500}])
def test_bad_filters_are_not_a_500(client, manager, spread, params):
    client.force_login(manager)
    response = client.get(reverse("customers_staff:list"), params)
    assert response.status_code == 200


def test_staff_set_branch_and_channel_when_creating_a_customer(client, manager, spread):
    north, _south = spread
    client.force_login(manager)
    response = client.post(
        reverse("customers_staff:new"),
        {
            "kind": "person",
            "name": "Zed Branchy",
            "email": "zed@example.com",
            "phone": "",
            "country": "RU",
            "branch": north.pk,
            "channel_code": " DIST-9 ",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    customer = Customer.objects.get(name="Zed Branchy")
    assert (customer.branch, customer.channel_code) == (north, "DIST-9")


def test_business_segments_are_a_kind_of_their_own(client, manager, spread):
    """The issue's third customer type: filtered, counted, created with a tax number shown as its identity."""
    north, _south = spread
    segment = CustomerFactory(branch=north, kind=Customer.Kind.BUSINESS_SEGMENT, tax_number="7709990001")
    client.force_login(manager)
    listing = reverse("customers_staff:list")
    response = client.get(listing, {"kind": "business_segment"})
    assert names(response) == {segment.pk}
    assert response.context["counts"]["business_segment"] == 1
    assert "Business segments: 1" in response.content.decode()
    assert segment.has_tax_identity and segment.identity_summary == "7709990001"
    page = client.get(reverse("customers_staff:detail", args=[segment.pk])).content.decode()
    assert "Business segment" in page and "Tax number" in page


def test_staff_create_a_business_segment(client, manager, spread):
    client.force_login(manager)
    response = client.post(
        reverse("customers_staff:new"),
        {"kind": "business_segment", "name": "Acme fleet", "email": "fleet@acme.example", "country": "RU"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Customer.objects.get(name="Acme fleet").kind == Customer.Kind.BUSINESS_SEGMENT
