"""Shared by the e2e tests and the screenshot script."""

import os

CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
# No Internet on these machines: keep Chromium from calling home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOGIN_SUBMIT = "form:has(input[name=password]) button[type=submit]"


def log_in(page, base_url: str, username: str, password: str) -> None:
    """Fill in the login page and submit it; the caller checks where it lands."""
    page.goto(f"{base_url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click(LOGIN_SUBMIT)


def log_out(page) -> None:
    """The logout form is POST only; it sits in the user menu (or on the password-change page)."""
    with page.expect_navigation():
        page.evaluate("document.querySelector('form[action$=\"/accounts/logout/\"]').submit()")
