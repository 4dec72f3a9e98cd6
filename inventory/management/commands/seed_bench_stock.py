"""Load N bench numbers for bench_inventory (PostgreSQL: generate_series, indexes rebuilt once).

python manage.py seed_bench_stock --numbers 5000000
"""

from django.core.management.base import BaseCommand

from inventory.bench_stock import bench_numbers_present, load_bench_numbers


class Command(BaseCommand):
    help = "Load bench numbers (79…) until there are N of them."

    def add_arguments(self, parser):
        parser.add_argument("--numbers", type=int, default=100000)

    def handle(self, *args, numbers: int, **options):
        missing = numbers - bench_numbers_present()
        if missing <= 0:
            self.stdout.write(f"{numbers} bench numbers already there")
            return
        elapsed = load_bench_numbers(missing, log=self.stdout.write)
        self.stdout.write(f"loaded {missing} numbers in {elapsed:.1f}s ({missing / elapsed:.0f} rows/s)")
