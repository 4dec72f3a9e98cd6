"""Every registered page (`<app>/bench_pages.py`) timed in-process through the whole Django
stack — middleware, sessions, templates, `DEBUG` as set — beside an authenticated empty
view measured in the same run: median, p95, queries, SQL ms and the ratio to that floor.

    python manage.py seed_bench --tickets 200000
    python manage.py bench_pages --runs 20 --rounds 2 [--json out.json] [--profile 20]

Run it with DEBUG=false (and collectstatic done) for production-like figures.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import override_settings

from core import bench


class Command(BaseCommand):
    help = "Time every registered page against an authenticated floor view."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=20, help="timed requests per page and round")
        parser.add_argument("--rounds", type=int, default=2)
        parser.add_argument("--only", default="", help="only pages whose label contains this text")
        parser.add_argument("--json", type=Path, help="write the figures here (tests.budget reads them)")
        parser.add_argument(
            "--profile", type=int, default=0, help="also profile each page over this many requests (pyinstrument)"
        )
        parser.add_argument("--profile-dir", type=Path, default=Path("/tmp/omsportal-profiles"))  # nosec B108
        parser.add_argument(
            "--check",
            action="store_true",
            help=f"fail when a page is over the budget ({bench.MAX_FLOOR_RATIO}× the floor, {bench.MAX_QUERIES} queries)",
        )

    def handle(self, *args, runs, rounds, only, json, profile, profile_dir, check, **options):
        with override_settings(ROOT_URLCONF=bench.BENCH_URLCONF):
            pages = [page for page in bench.registered_pages() if only in page.label]
            if not pages:
                raise CommandError("No pages: run seed_bench first (or check --only).")
            floor = bench.BenchPage(bench.FLOOR_LABEL, bench.FLOOR_URL, pages[0].user)
            self.stdout.write(f"database: {connection.vendor}; {len(pages)} pages, {rounds}×{runs} requests each")
            try:
                figures = bench.measure([floor, *pages], runs=runs, rounds=rounds)
            except RuntimeError as error:
                raise CommandError(str(error)) from None
            self._table(figures)
            if json:
                bench.write_json(figures, json)
                self.stdout.write(f"figures written to {json}")
            if profile:
                self._profiles(pages, profile, profile_dir)
        if check:
            problems = bench.over_budget(figures, max_ratio=bench.MAX_FLOOR_RATIO, max_queries=bench.MAX_QUERIES)
            if problems:
                raise CommandError("over the page budget:\n" + "\n".join(problems))
            self.stdout.write(self.style.SUCCESS("every page within the budget"))

    def _table(self, figures):
        self.stdout.write(f"{'page':<36}{'median':>8}{'rounds':>14}{'p95':>8}{'sql ms':>8}{'queries':>8}{'× floor':>9}")
        for figure in figures:
            spread = "–".join(f"{value:.1f}" for value in (min(figure.round_medians_ms), max(figure.round_medians_ms)))
            self.stdout.write(
                f"{figure.label:<36}{figure.median_ms:>8.1f}{spread:>14}{figure.p95_ms:>8.1f}{figure.sql_ms:>8.1f}"
                f"{figure.queries:>8}{figure.ratio:>9.1f}"
            )

    def _profiles(self, pages, requests, directory: Path):
        directory.mkdir(parents=True, exist_ok=True)
        for page in pages:
            result = bench.profile(page, requests=requests)
            name = "".join(c if c.isalnum() else "-" for c in page.label).strip("-")
            (directory / f"{name}.txt").write_text(result["text"])
            self.stdout.write(f"\n{page.label} — ms per request by category, then the top functions by self time:")
            self.stdout.write("  " + ", ".join(f"{category} {ms:.1f}" for category, ms in result["categories"]))
            for function, ms in result["top"]:
                self.stdout.write(f"  {ms:6.2f}  {function}")
        self.stdout.write(f"\nfull profiles in {directory}")
