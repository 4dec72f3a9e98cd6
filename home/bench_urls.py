"""The site's URLs plus the floor view, used only inside `manage.py bench_pages` (through
override_settings(ROOT_URLCONF=core.bench.BENCH_URLCONF)): the floor never exists on a running
site. It lives in home because only home may import the site's URLs."""

from django.urls import path

from core.bench import FLOOR_URL, floor_view
from omsportal.urls import urlpatterns as site_urlpatterns

urlpatterns = [path(FLOOR_URL.strip("/") + "/", floor_view, name="bench_floor"), *site_urlpatterns]
