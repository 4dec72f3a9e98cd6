"""The page benchmark: every app names its pages; `manage.py bench_pages` times them
through the whole Django stack beside an authenticated floor view measured in the same run.

How a new app takes part: put a module `<app>/bench_pages.py` with a function
`pages() -> list[BenchPage]` that picks, on the benchmark data (`seed_bench`), a
user and URL for each of its list and detail pages (the busiest queue, the
customer with most rows, …). `core.discovery` finds it; no central list names it.
"""

import json
import statistics
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.access import staff_required
from core.discovery import app_modules

FLOOR_LABEL = "floor (authenticated, empty)"
FLOOR_URL = "/staff/_floor/"
BENCH_URLCONF = "home.bench_urls"  # the site's URLs plus the floor, only inside bench_pages
# The page budget (issue 11): at 200,000 tickets every page's median within this many times the
# floor's, and within this many queries. tests/budget.py asserts the same in the test suite.
MAX_FLOOR_RATIO = 5.0
MAX_QUERIES = 10


@dataclass(frozen=True)
class BenchPage:
    label: str
    url: str
    user: object = field(compare=False)


@dataclass
class PageFigures:
    label: str
    url: str
    median_ms: float
    p95_ms: float
    round_medians_ms: list[float]
    sql_ms: float
    queries: int
    ratio: float = 0.0


@staff_required
def floor_view(request):
    """What every page costs before it does anything: session, user, middleware, an empty response."""
    return HttpResponse(b"", content_type="text/plain")


def registered_pages() -> list[BenchPage]:
    pages: list[BenchPage] = []
    for module in app_modules("bench_pages"):
        pages.extend(module.pages())
    return pages


def _client_for(user) -> Client:
    client = Client(SERVER_NAME="localhost")
    client.force_login(user)
    return client


def _timed_get(client: Client, url: str) -> tuple[float, float, int]:
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return elapsed, sum(float(query["time"]) for query in queries.captured_queries) * 1000, len(queries)


def measure(pages: list[BenchPage], *, runs: int, rounds: int, warmups: int = 3) -> list[PageFigures]:
    """Interleaved: each timed request of a round goes to every page in turn, so a busy moment
    of the machine falls on all of them alike. The first entry is the floor."""
    clients = [_client_for(page.user) for page in pages]
    for page, client in zip(pages, clients, strict=True):
        for _warmup in range(warmups):
            _timed_get(client, page.url)
    samples = [[[] for _round in range(rounds)] for _page in pages]
    sql = [[] for _page in pages]
    counts = [0] * len(pages)
    for round_index in range(rounds):
        for _run in range(runs):
            for index, (page, client) in enumerate(zip(pages, clients, strict=True)):
                elapsed, sql_ms, count = _timed_get(client, page.url)
                samples[index][round_index].append(elapsed)
                sql[index].append(sql_ms)
                counts[index] = count
    figures = []
    for index, page in enumerate(pages):
        every = sorted(t for per_round in samples[index] for t in per_round)
        figures.append(
            PageFigures(
                label=page.label,
                url=page.url,
                median_ms=statistics.median(every),
                p95_ms=statistics.quantiles(every, n=20)[-1] if len(every) > 1 else every[0],
                round_medians_ms=[statistics.median(per_round) for per_round in samples[index]],
                sql_ms=statistics.median(sql[index]),
                queries=counts[index],
            )
        )
    floor = figures[0].median_ms
    for figure in figures:
        figure.ratio = figure.median_ms / floor
    return figures


# Where the self time of a profile goes, by the file that spent it (first match wins).
CATEGORIES = (
    ("SQL driver", ("psycopg", "sqlite3")),
    ("ORM", ("django/db/",)),
    ("crispy forms", ("crispy_forms",)),
    ("forms and widgets", ("django/forms/",)),
    ("translation", ("django/utils/translation", "gettext")),
    ("templates", ("django/template/", "django/templatetags/", "django/utils/html", "django/utils/safestring")),
    ("URL reversing", ("django/urls/",)),
    ("sessions and auth", ("django/contrib/sessions", "django/contrib/auth", "django_otp", "django/core/signing")),
    ("middleware and handlers", ("django/middleware", "django/core/handlers", "django/test/", "whitenoise")),
    ("our code", ("/core/", "/tickets/", "/accounts/", "/home/", "/notifications/")),
)


def profile(page: BenchPage, *, requests: int) -> dict:
    """A pyinstrument profile of `requests` requests: the full tree as text, the functions with
    the most self time and the self time per category (ms per request, the profiler's own
    overhead included: read them as shares)."""
    from pyinstrument import Profiler

    client = _client_for(page.user)
    client.get(page.url)
    profiler = Profiler(interval=0.001)
    profiler.start()
    for _request in range(requests):
        client.get(page.url)
    session = profiler.stop()
    by_function: Counter = Counter()
    by_category: Counter = Counter()
    # A frame outside every category (built-ins, the standard library) counts for its caller's.
    stack = [(session.root_frame(), "other")] if session.root_frame() else []
    while stack:
        frame, inherited = stack.pop()
        path = frame.file_path or ""
        category = next((name for name, needles in CATEGORIES if any(n in path for n in needles)), inherited)
        stack.extend((child, category) for child in frame.children)
        if frame.is_synthetic:
            continue
        own = frame.total_self_time / requests * 1000
        if own > 0:
            by_function[f"{frame.function} ({frame.file_path_short}:{frame.line_no})"] += own
            by_category[category] += own
    return {
        "text": profiler.output_text(unicode=False, color=False),
        "top": by_function.most_common(12),
        "categories": by_category.most_common(),
    }


def over_budget(figures: Iterable[PageFigures], *, max_ratio: float, max_queries: int) -> list[str]:
    """What is over the budget, one line per page (the floor itself is the first figure)."""
    problems = []
    for figure in figures:
        if figure.ratio > max_ratio:
            problems.append(f"{figure.label}: {figure.ratio:.1f}× the floor (budget {max_ratio}×)")
        if figure.queries > max_queries:
            problems.append(f"{figure.label}: {figure.queries} queries (budget {max_queries})")
    return problems


def read_json(path: Path) -> list[PageFigures]:
    return [PageFigures(**row) for row in json.loads(path.read_text())]


def write_json(figures: Iterable[PageFigures], path: Path) -> None:
    path.write_text(json.dumps([asdict(figure) for figure in figures], indent=2))
