"""The site's URLs plus the floor view, used only inside `manage.py bench_pages`
(override_settings(ROOT_URLCONF=…)): the floor never exists on a running site."""

from django.urls import path

from core.bench import floor_view
from omsportal.urls import urlpatterns as site_urlpatterns

FLOOR_URL = "/staff/_floor/"

urlpatterns = [path(FLOOR_URL.strip("/") + "/", floor_view, name="bench_floor"), *site_urlpatterns]
