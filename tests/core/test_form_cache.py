"""`{% crispy_cached %}` keeps an empty form's HTML per process: never one user's CSRF token."""

from django.template import Context, Template

from tickets.forms_staff import StaffReplyForm

CACHED = Template("{% load form_cache %}{% crispy_cached form %}")


def test_the_kept_html_carries_no_csrf_token_of_the_first_requester():
    first = CACHED.render(Context({"form": StaffReplyForm(), "csrf_token": "first-users-token"}))
    second = CACHED.render(Context({"form": StaffReplyForm(), "csrf_token": "second-users-token"}))
    assert "first-users-token" not in first + second
    assert "csrfmiddlewaretoken" not in second
    assert 'name="body"' in second
