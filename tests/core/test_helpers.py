"""Small shared helpers: absolute links, the language cookie, the staff permission decorator."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.access import staff_permission_required
from core.preferences import set_language_cookie
from core.urls import absolute_url

pytestmark = pytest.mark.django_db


def test_links_in_messages_use_site_url_not_the_request_host(settings):
    settings.SITE_URL = "https://portal.example.com"
    assert absolute_url("/staff/tickets/7/") == "https://portal.example.com/staff/tickets/7/"


def test_the_language_cookie_follows_the_settings(settings):
    settings.LANGUAGE_COOKIE_NAME = "lang"
    response = HttpResponse()
    set_language_cookie(response, "fa")
    set_language_cookie(response, "klingon")
    cookie = response.cookies["lang"]
    assert cookie.value == settings.LANGUAGE_CODE  # an unknown language falls back
    assert cookie["httponly"] and cookie["samesite"] == settings.LANGUAGE_COOKIE_SAMESITE


def test_the_staff_permission_decorator_sends_customers_home_and_refuses_staff_without_it(owner, agent):
    from django.core.exceptions import PermissionDenied

    from tests.factories import StaffUserFactory

    reader = StaffUserFactory(role="Channel partner")

    view = staff_permission_required("tickets.add_ticket")(lambda request: HttpResponse("ok"))
    request = RequestFactory().get("/")
    request.user = owner
    assert view(request).status_code == 302
    request.user = agent
    assert view(request).content == b"ok"
    request.user = reader
    with pytest.raises(PermissionDenied):
        view(request)


def test_the_arrow_between_two_states_points_the_way_the_page_reads():
    from django.template import Context, Template
    from django.utils import translation

    template = Template("{% load bidi %}a {% arrow %} b")
    with translation.override("en"):
        assert template.render(Context()) == "a \N{RIGHTWARDS ARROW} b"
    with translation.override("fa"):
        assert template.render(Context()) == "a \N{LEFTWARDS ARROW} b"
