import os

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Benchmark the outbox: produce N events (measuring the queries and milliseconds notify() adds to the "
        "producer's transaction), then deliver them through one real Celery worker to an aiosmtpd sink and "
        "report messages per second. Needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL), and the dev "
        "dependencies (aiosmtpd)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--concurrency", type=int, default=4, help="worker pool processes (-c)")

    def handle(self, *args, count: int, concurrency: int, **options):
        try:
            from notifications.bench.notify import run
        except ImportError as error:
            raise CommandError(f"the benchmark needs the development dependencies: {error}") from error
        try:
            result = run(
                count=count,
                concurrency=concurrency,
                broker=os.environ.get("REDIS_URL", ""),
                out=self.stdout.write,
            )
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(result.report())
