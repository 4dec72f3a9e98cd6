"""Screenshots of the main pages for people to look at (not a test).

    .venv/bin/python manage.py seed_demo --password demo-pass-123
    .venv/bin/python manage.py runserver 127.0.0.1:8000 &
    .venv/bin/python -m tests.e2e.screenshots --base-url http://127.0.0.1:8000 \
        --password demo-pass-123 --out test-artifacts/screens

Logs in as the seed_demo users and saves one PNG per page, user, language and screen
size: <out>/<user>_<page>_<language>_<screen>.png. Pages that do not exist yet (404) are
skipped; failed requests, error answers and requests to other hosts are listed at the end.
Each user's language preference is put back as it was.

Users whose role must log in with a second factor (the manager) get one here, through the
database the server uses (run it with the server's environment): an authenticator device
if they have none yet (an existing one is kept), and fresh recovery codes, one of which
completes each login. The demo users' old recovery codes stop working.
"""

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, log_in


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    side: str  # "anonymous", "customer", "staff" or "partner"
    follow: str = ""  # CSS selector of a link on `path` to open and shoot instead (e.g. the first ticket)


def detail_link(prefix: str) -> str:
    """The first visible link on a list page to one of its objects: `prefix` + a number + "/"."""
    rest = f"substring-after(@href, '{prefix}')"
    return (
        f"xpath=//main//a[starts-with(@href, '{prefix}') and string-length({rest}) > 1"
        f" and translate({rest}, '0123456789', '') = '/'] >> visible=true"
    )


# Add pages here as features arrive.
PAGES = [
    Page("login", "/accounts/login/", "anonymous"),
    Page("password-reset", "/accounts/password/reset/", "anonymous"),
    Page("portal-home", "/portal/", "customer"),
    Page("portal-account", "/portal/account/", "customer"),
    Page("portal-tickets", "/portal/tickets/", "customer"),
    Page("portal-tickets-waiting", "/portal/tickets/?state=waiting", "customer"),
    Page("portal-ticket-new", "/portal/tickets/new/", "customer"),
    Page(
        "portal-ticket",
        "/portal/tickets/",
        "customer",
        follow="a[href^='/portal/tickets/']:not([href='/portal/tickets/']):not([href$='/new/']):visible",
    ),
    Page("settings", "/accounts/settings/", "customer"),
    Page("staff-home", "/staff/", "staff"),
    Page("staff-tickets", "/staff/tickets/", "staff"),
    Page(
        "staff-ticket",
        "/staff/tickets/search/?q=router",
        "staff",
        follow="a.fw-semibold[href^='/staff/tickets/']:visible, a.list-group-item[href^='/staff/tickets/']:visible",
    ),
    Page("staff-search", "/staff/tickets/search/?q=router", "staff"),
    Page("staff-ticket-new", "/staff/tickets/new/", "staff"),
    Page("staff-interactions", "/staff/tickets/interactions/", "staff"),
    Page("staff-outages", "/staff/tickets/outages/", "staff"),
    Page(
        "staff-outage",
        "/staff/tickets/outages/",
        "staff",
        follow="a.list-group-item[href^='/staff/tickets/outages/']:visible",
    ),
    Page("settings", "/accounts/settings/", "staff"),
    Page("staff-profile", "/accounts/profile/", "staff"),
    Page("portal-history", "/portal/history/", "customer"),
    Page("portal-processes", "/portal/processes/", "customer"),
    Page("portal-orders", "/portal/orders/", "customer"),
    Page("portal-order-new", "/portal/orders/new/", "customer"),
    Page("portal-order", "/portal/orders/", "customer", follow=detail_link("/portal/orders/")),
    Page("portal-services", "/portal/services/", "customer"),
    Page("portal-repairs", "/portal/repairs/", "customer"),
    Page("portal-repair-new", "/portal/repairs/new/", "customer"),
    Page("portal-repair", "/portal/repairs/", "customer", follow=detail_link("/portal/repairs/")),
    Page("portal-finance", "/portal/finance/", "customer"),
    Page("portal-payments", "/portal/finance/payments/", "customer"),
    Page("portal-payment-new", "/portal/finance/payments/new/", "customer"),
    Page("portal-contracts", "/portal/contracts/", "customer"),
    Page("staff-orders", "/staff/orders/", "staff"),
    Page("staff-order", "/staff/orders/", "staff", follow=detail_link("/staff/orders/")),
    Page("staff-catalogue", "/staff/orders/catalogue/", "staff"),
    Page("staff-installations", "/staff/orders/installations/", "staff"),
    Page("staff-customers", "/staff/customers/", "staff"),
    Page("staff-customer", "/staff/customers/", "staff", follow=detail_link("/staff/customers/")),
    Page("staff-repairs", "/staff/repairs/", "staff"),
    Page("staff-repair", "/staff/repairs/", "staff", follow=detail_link("/staff/repairs/")),
    Page("staff-finance", "/staff/finance/", "staff"),
    Page("staff-invoices", "/staff/finance/invoices/", "staff"),
    Page("staff-contracts", "/staff/finance/contracts/", "staff"),
    Page("staff-numbers", "/staff/inventory/numbers/", "staff"),
    Page("staff-channels", "/staff/inventory/channels/", "staff"),
    Page("staff-registrations", "/staff/registrations/", "staff"),
    Page("partner-stock", "/partner/", "partner"),
    Page("partner-channels", "/partner/channels/", "partner"),
    Page("partner-statistics", "/partner/statistics/", "partner"),
]
USERS = {
    "customer": "customer",
    "customer2": "customer",
    "agent": "staff",
    "manager": "staff",
    "finance": "staff",
    "partner": "partner",
}
SCREENS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}
LANGUAGES = ["en", "fa"]


def second_factor_codes(usernames: list[str]) -> dict[str, list[str]]:
    """Recovery codes for each user who must log in with a second factor, enrolling them if needed.

    Runs before Playwright starts: the ORM refuses to run inside its event loop."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "omsportal.settings")
    import django

    django.setup()
    from django_otp.oath import TOTP

    from accounts import two_factor
    from accounts.models import User

    codes = {}
    for user in User.objects.filter(username__in=usernames):
        if not two_factor.two_factor_required(user=user):
            continue
        if two_factor.totp_device_for(user=user) is None:
            key = two_factor.totp_secret_new()
            code = f"{TOTP(bytes.fromhex(key)).token():06d}"
            two_factor.two_factor_enrol(user=user, key=key, code=code)
        codes[user.username] = two_factor.recovery_codes_regenerate(user=user)
    return codes


def complete_second_factor(page, codes: list[str]) -> None:
    """On the second login step, type one of the user's recovery codes."""
    if urlsplit(page.url).path != "/accounts/login/verify/" or not codes:
        return
    page.fill("input[name=code]", codes.pop())
    with page.expect_navigation():
        page.click("form:has(input[name=code]) button[type=submit]")


class Recorder:
    """Collects what went wrong while the pages loaded."""

    def __init__(self, base_url: str):
        self.host = urlsplit(base_url).netloc
        self.problems: list[str] = []
        self.where = ""

    def watch(self, page) -> None:
        page.on("requestfailed", lambda request: self._add(f"request failed: {request.url} ({request.failure})"))
        page.on("response", self._response)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self._add(f"script error: {error}"))

    def _response(self, response) -> None:
        if urlsplit(response.url).netloc not in (self.host, ""):
            self._add(f"other host: {response.url}")
        elif response.status >= 400 and not (response.status == 404 and response.request.resource_type == "document"):
            self._add(f"HTTP {response.status}: {response.url}")

    def _console(self, message) -> None:
        # Failed loads are reported by _response, with their address.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self._add(f"console: {message.text}")

    def _add(self, text: str) -> None:
        self.problems.append(f"[{self.where}] {text}")


def set_language(page, base_url: str, language: str) -> str:
    """Choose the language in the user's settings; return the one chosen before."""
    page.goto(f"{base_url}/accounts/settings/")
    select = page.locator("select[name='prefs-language']")
    before = select.input_value()
    if before != language:
        select.select_option(language)
        with page.expect_navigation():
            page.click("form:has(input[name=form][value=preferences]) button[type=submit]")
    return before


def set_anonymous_language(page, base_url: str, language: str) -> None:
    page.goto(f"{base_url}/accounts/login/")
    if page.locator("select#language-picker").input_value() != language:
        with page.expect_navigation():
            page.select_option("select#language-picker", language)


def shoot(page, base_url: str, target: Page, out: Path, stem: str, recorder: Recorder) -> Path | None:
    recorder.where = stem
    response = page.goto(f"{base_url}{target.path}")
    if response is not None and response.status == 404:
        return None
    if target.follow:
        link = page.locator(target.follow).first
        if not link.count():
            recorder.problems.append(f"[{stem}] nothing to follow on {target.path}")
            return None
        with page.expect_navigation():
            link.click()
    elif urlsplit(page.url).path != urlsplit(target.path).path:
        recorder.problems.append(f"[{stem}] {target.path} ended at {urlsplit(page.url).path}")
    path = out / f"{stem}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--password", required=True, help="the seed_demo password")
    parser.add_argument("--out", type=Path, default=Path("test-artifacts/screens"))
    parser.add_argument("--users", nargs="*", default=list(USERS), choices=list(USERS))
    parser.add_argument("--languages", nargs="*", default=LANGUAGES)
    args = parser.parse_args(argv)
    base_url = args.base_url.rstrip("/")
    args.out.mkdir(parents=True, exist_ok=True)
    recorder = Recorder(base_url)
    saved: list[Path] = []
    codes = second_factor_codes(args.users)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for screen, viewport in SCREENS.items():
            context = browser.new_context(viewport=viewport, locale="en-US")
            page = context.new_page()
            recorder.watch(page)
            for language in args.languages:
                set_anonymous_language(page, base_url, language)
                for target in PAGES:
                    if target.side == "anonymous":
                        stem = f"anonymous_{target.name}_{language}_{screen}"
                        if path := shoot(page, base_url, target, args.out, stem, recorder):
                            saved.append(path)
            context.close()

            for username in args.users:
                context = browser.new_context(viewport=viewport, locale="en-US")
                page = context.new_page()
                recorder.watch(page)
                recorder.where = f"{username} login"
                log_in(page, base_url, username, args.password)
                complete_second_factor(page, codes.get(username, []))
                if urlsplit(page.url).path.startswith("/accounts/login/"):
                    print(f"could not log in as {username}", file=sys.stderr)
                    context.close()
                    continue
                original = None
                for language in args.languages:
                    before = set_language(page, base_url, language)
                    original = original or before
                    for target in PAGES:
                        if target.side == USERS[username]:
                            stem = f"{username}_{target.name}_{language}_{screen}"
                            if path := shoot(page, base_url, target, args.out, stem, recorder):
                                saved.append(path)
                if original:
                    set_language(page, base_url, original)
                context.close()
        browser.close()

    print(f"{len(saved)} screenshots in {args.out}")
    for problem in dict.fromkeys(recorder.problems):
        print(problem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
