import pytest
from django.core.paginator import Paginator

from accounts.models import Customer
from core.pagination import CappedPaginator, OrderedUnion
from tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db


def test_a_capped_paginator_counts_up_to_its_cap_and_says_there_is_more(django_assert_num_queries):
    CustomerFactory.create_batch(7)
    paginator = CappedPaginator(Customer.objects.order_by("pk"), 2, cap=5)
    with django_assert_num_queries(1):
        assert (paginator.count, paginator.is_capped, paginator.num_pages) == (5, True, 3)
    assert len(paginator.page(3).object_list) == 1


def test_below_the_cap_the_count_is_exact():
    CustomerFactory.create_batch(3)
    paginator = CappedPaginator(Customer.objects.order_by("pk"), 2, cap=5)
    assert (paginator.count, paginator.is_capped, paginator.num_pages) == (3, False, 2)


def test_an_ordered_union_pages_through_both_parts_once_each_in_order():
    for index, (name, email) in enumerate(
        [("Alpha", "a@x.example"), ("Beta", "b@y.example"), ("Anna", "c@y.example"), ("Gamma", "g@z.example")]
    ):
        CustomerFactory(name=name, email=email, phone=f"+4930123456{index}")
    starts_with_a = Customer.objects.filter(name__startswith="A")
    on_y = Customer.objects.filter(email__endswith="@y.example")
    union = OrderedUnion([starts_with_a, on_y], ordering=("name", "id"), load=Customer.objects.all())
    paginator = Paginator(union, 2)
    assert paginator.count == 3
    pages = [[customer.name for customer in paginator.page(number)] for number in paginator.page_range]
    assert pages == [["Alpha", "Anna"], ["Beta"]]
    assert [customer.name for customer in union] == ["Alpha", "Anna", "Beta"]


def test_an_empty_ordered_union_is_an_empty_page():
    union = OrderedUnion(
        [Customer.objects.none(), Customer.objects.filter(name="nobody")],
        ordering=("name", "id"),
        load=Customer.objects.all(),
    )
    page = Paginator(union, 10).get_page(1)
    assert (page.paginator.count, list(page.object_list)) == (0, [])
