"""The page benchmark and the budget helpers: the command times every registered page beside the
floor, and the budget checks fail when a page is over."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from core.bench import FLOOR_LABEL, PageFigures, read_json
from tests.budget import assert_query_budget, assert_within_floor

pytestmark = pytest.mark.django_db


def figures(*rows) -> list[PageFigures]:
    return [
        PageFigures(label=label, url="/", median_ms=ms, p95_ms=ms, round_medians_ms=[ms], sql_ms=0, queries=q, ratio=r)
        for label, ms, q, r in rows
    ]


def test_a_page_over_five_times_the_floor_or_ten_queries_fails_the_budget():
    assert_within_floor(figures((FLOOR_LABEL, 4.0, 1, 1.0), ("list", 19.0, 8, 4.75)))
    with pytest.raises(AssertionError, match="list: 5.5× the floor"):
        assert_within_floor(figures((FLOOR_LABEL, 4.0, 1, 1.0), ("list", 22.0, 8, 5.5)))
    with pytest.raises(AssertionError, match="detail: 11 queries"):
        assert_within_floor(figures((FLOOR_LABEL, 4.0, 1, 1.0), ("detail", 8.0, 11, 2.0)))


def test_a_query_count_that_grows_with_the_rows_fails_the_budget():
    assert_query_budget({"/a/": 6}, {"/a/": 6})
    with pytest.raises(AssertionError, match="grows with the rows"):
        assert_query_budget({"/a/": 6}, {"/a/": 7})
    with pytest.raises(AssertionError, match="over the query budget"):
        assert_query_budget({"/a/": 11}, {"/a/": 11})
    assert_query_budget({"/a/": 11}, {"/a/": 11}, max_queries={"/a/": 12})


def test_bench_pages_times_every_registered_page_beside_the_floor(tmp_path):
    call_command("seed_bench", tickets=30, customers=3, stdout=io.StringIO())
    out = io.StringIO()
    call_command("bench_pages", runs=1, rounds=2, json=tmp_path / "figures.json", stdout=out)
    lines = out.getvalue()
    assert FLOOR_LABEL in lines
    for label in ("staff queue page", "staff ticket page", "customer list", "customer ticket page", "staff home"):
        assert label in lines
    saved = read_json(tmp_path / "figures.json")
    assert saved[0].label == FLOOR_LABEL and saved[0].ratio == 1.0
    assert all(figure.queries > 0 and figure.median_ms > 0 for figure in saved)
    assert json.loads((tmp_path / "figures.json").read_text())[1]["round_medians_ms"]


def test_bench_pages_without_data_says_what_to_do():
    with pytest.raises(CommandError, match="seed_bench"):
        call_command("bench_pages", runs=1, rounds=1, stdout=io.StringIO())


def test_the_floor_exists_only_inside_the_benchmark(client, agent):
    client.force_login(agent)
    assert client.get("/staff/_floor/").status_code == 404
