"""The WSGI application of `make bench-http` (deploy/bench_http.sh): the site plus the floor view
(home.bench_urls), so the throughput of a page is measured beside the floor's under the same load.
Only the benchmark script starts it; no deployment serves it."""

from omsportal.wsgi import application  # sets Django up: the imports below need it


def _with_floor() -> None:
    from django.test.utils import override_settings

    from core.bench import BENCH_URLCONF

    override_settings(ROOT_URLCONF=BENCH_URLCONF).enable()


_with_floor()

__all__ = ["application"]
