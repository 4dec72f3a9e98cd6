"""Response headers and request limits (issue 8.6, issue 8 CSP): the policy with a fresh nonce,
its report endpoint, 413 before the body is read, field limits, and private caching."""

import json
import logging
import re

import pytest
from django.urls import reverse

from tests.factories import TEST_PASSWORD
from tickets.models import Queue


def csp_of(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return {part.split(" ", 1)[0]: part.split(" ", 1)[-1] for part in header.split("; ")}


# --- Content-Security-Policy ---


@pytest.mark.parametrize("url_name", ["accounts:login", "accounts:password_reset"])
def test_pages_carry_the_policy_with_a_nonce_that_changes_per_request(client, url_name):
    first, second = client.get(reverse(url_name)), client.get(reverse(url_name))
    policies = [csp_of(first), csp_of(second)]
    for policy in policies:
        assert policy["default-src"] == "'self'"
        assert policy["object-src"] == "'none'"
        assert policy["frame-ancestors"] == "'none'"
        assert policy["base-uri"] == "'self'"
        assert policy["form-action"] == "'self'"
        assert policy["report-uri"] == reverse("csp_report")
        assert "'unsafe-inline'" not in first["Content-Security-Policy"]
    nonces = [re.search(r"'nonce-([\w-]+)'", policy["script-src"]).group(1) for policy in policies]
    assert nonces[0] != nonces[1]
    assert f'nonce="{nonces[0]}"' in first.content.decode()


def test_logged_in_pages_carry_the_policy_too(client, owner):
    client.force_login(owner)
    response = client.get(reverse("core:portal_home"))
    assert "'nonce-" in csp_of(response)["script-src"]


def test_served_pages_have_no_inline_script_style_or_handler(client, owner):
    client.force_login(owner)
    for name in ["core:portal_home", "accounts:portal_account", "accounts:settings", "tickets_portal:list"]:
        page = client.get(reverse(name)).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), name
        assert not re.search(r"\sstyle=|<style|\son[a-z]+=", page), name


# --- the report endpoint ---

REPORT = {
    "csp-report": {
        "document-uri": "http://testserver/portal/",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "original-policy": "default-src 'self'",
    }
}


def post_report(client, body, **extra):
    return client.post(reverse("csp_report"), body, content_type="application/csp-report", **extra)


def test_a_violation_report_is_logged_to_the_security_log(client, caplog):
    with caplog.at_level(logging.WARNING, logger="omsportal.security"):
        response = post_report(client, json.dumps(REPORT))
    assert response.status_code == 204
    assert "csp violation" in caplog.text and "script-src-elem" in caplog.text
    assert "original-policy" not in caplog.text


def test_the_report_endpoint_needs_no_csrf_token_but_post(client):
    csrf_client = client.__class__(enforce_csrf_checks=True)
    assert post_report(csrf_client, json.dumps(REPORT)).status_code == 204
    assert client.get(reverse("csp_report")).status_code == 405


def test_the_report_endpoint_refuses_big_bodies_and_ignores_junk(client, settings, caplog):
    assert post_report(client, "x" * (settings.CSP_REPORT_MAX_BYTES + 1)).status_code == 413
    with caplog.at_level(logging.WARNING, logger="omsportal.security"):
        assert post_report(client, "{not json").status_code == 204
        assert post_report(client, json.dumps([1, "two", {"body": "three"}])).status_code == 204
    assert "csp violation" not in caplog.text


def test_the_report_endpoint_is_bounded_per_client(client, settings, caplog):
    settings.CSP_REPORTS_PER_MINUTE = 3
    with caplog.at_level(logging.WARNING, logger="omsportal.security"):
        codes = [post_report(client, json.dumps(REPORT), REMOTE_ADDR="203.0.113.9").status_code for _ in range(5)]
    assert codes == [204, 204, 204, 429, 429]
    assert caplog.text.count("csp violation") == 3


# --- request size ---


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def test_a_request_above_the_limit_is_refused_with_413_before_its_body_is_read(client, owner, settings):
    client.force_login(owner)
    response = client.generic(
        "POST",
        reverse("tickets_portal:new"),
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(settings.MAX_REQUEST_BYTES + 1),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert response["Connection"] == "close"


def test_the_default_limit_fits_a_full_set_of_attachments(settings):
    assert settings.MAX_REQUEST_BYTES > settings.ATTACHMENT_MAX_FILES * settings.ATTACHMENT_MAX_BYTES


def test_a_request_within_the_limit_goes_through(client, owner):
    client.force_login(owner)
    assert client.post(reverse("tickets_portal:new"), {"subject": ""}).status_code == 200


# --- field sizes ---


@pytest.fixture
def queue(db):
    return Queue.objects.create(name="Support")


def test_a_ticket_text_above_the_limit_is_refused_with_a_clear_message(client, owner, queue, settings):
    client.force_login(owner)
    data = {"queue": queue.pk, "subject": "Long", "contact_name": "Alice", "priority": 2}
    response = client.post(reverse("tickets_portal:new"), {**data, "text": "x" * (settings.TEXT_MAX_LENGTH + 1)})
    assert response.status_code == 200
    assert "at most 20000 characters" in str(response.context["form"].errors["text"])
    assert not owner.customer.tickets.exists()
    assert client.post(reverse("tickets_portal:new"), {**data, "text": "x" * 100}).status_code == 302


def test_a_reply_above_the_limit_is_refused(client, owner, queue, settings):
    from tickets.services import ticket_create

    ticket = ticket_create(
        by=owner, customer=owner.customer, queue=queue, subject="S", text="T", contact_name="A", channel="portal"
    )
    client.force_login(owner)
    response = client.post(
        reverse("tickets_portal:reply", args=[ticket.pk]), {"body": "y" * (settings.TEXT_MAX_LENGTH + 1)}
    )
    assert response.status_code == 400
    assert "at most" in str(response.context["reply_form"].errors["body"])
    assert not ticket.messages.exists()


# --- caching ---


def test_pages_for_a_logged_in_user_are_not_stored(client, owner):
    client.force_login(owner)
    for name in ["core:portal_home", "accounts:settings", "tickets_portal:list"]:
        assert client.get(reverse(name))["Cache-Control"] == "private, no-store", name


def test_a_login_that_succeeds_is_not_cached_either(client, owner):
    response = client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD})
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_anonymous_pages_are_left_alone(client):
    assert not client.get(reverse("accounts:password_reset")).has_header("Cache-Control")
