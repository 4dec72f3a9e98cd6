"""The page budget every app's list and detail pages inherit.

Query counts, in the test suite (a few hundred rows at most)::

    from tests.budget import assert_query_budget

    def test_order_pages_keep_their_budget(client, ...):
        def pages():
            return {url: page_queries(client, url) for url in urls}
        small = pages()
        make_orders(200)
        assert_query_budget(small, pages())

Time, on the benchmark data (`manage.py bench_pages --json figures.json --check`
applies the same rule): every page within MAX_FLOOR_RATIO × the authenticated
floor of the same run, and within MAX_QUERIES queries.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.bench import MAX_FLOOR_RATIO, MAX_QUERIES, PageFigures, over_budget


def page_queries(client, url: str) -> int:
    """The number of queries one GET of `url` runs (it must answer 200)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def assert_query_budget(
    small: dict[str, int], large: dict[str, int], *, max_queries: int | dict[str, int] = MAX_QUERIES
) -> None:
    """{page: queries} measured with few rows and with many: every page runs the same number of
    queries at both sizes, and none more than its budget (one number, or some pages' own)."""
    changed = {page: (small[page], large.get(page)) for page in small if small[page] != large.get(page)}
    assert not changed, f"the query count grows with the rows: {changed}"
    limits = max_queries if isinstance(max_queries, dict) else {}
    default = max_queries if isinstance(max_queries, int) else MAX_QUERIES
    over = {page: count for page, count in large.items() if count > limits.get(page, default)}
    assert not over, f"over the query budget: {over}"


def assert_within_floor(
    figures: list[PageFigures], *, max_ratio: float = MAX_FLOOR_RATIO, max_queries: int = MAX_QUERIES
) -> None:
    """Benchmark figures (core.bench.measure, or the JSON bench_pages writes) within the budget."""
    problems = over_budget(figures, max_ratio=max_ratio, max_queries=max_queries)
    assert not problems, "\n".join(problems)
