"""Who may open what: every URL of the site, as every persona, against the table in
tests/access_matrix.py.

The URLs come from the URL configuration itself (admin included), so a new URL without a row
in the table fails here. Object URLs are requested with account A's object and with account
B's; the table says what each persona must get for each. One test, one database: the
mismatches are collected and reported together.
"""

from dataclasses import dataclass

import pytest
from django.contrib import admin
from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import Branch
from accounts.services import login_failure_record
from core import roles
from core.files import check_upload
from tests import access_matrix as table
from tests.billing.world import billing_objects
from tests.factories import CustomerFactory, CustomerUserFactory, StaffUserFactory
from tickets import services
from tickets.models import Area, Queue, Ticket

pytestmark = pytest.mark.django_db

PERSONA_ROLES = {
    "administrator": roles.ADMINISTRATOR,
    "manager": roles.MANAGER,
    "agent": roles.SUPPORT_AGENT,
    "sales": roles.SALES,
    "technician": roles.TECHNICIAN,
    "finance": roles.FINANCE,
    "partner": roles.CHANNEL_PARTNER,
}


@dataclass(frozen=True)
class Route:
    name: str
    route: str
    pattern: URLPattern
    admin_model: type | None = None


def walk(patterns, prefix: str = "", namespace: str | None = None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = entry.namespace
            child = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), child)
        else:
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield Route(name=name or "", route=prefix + str(entry.pattern), pattern=entry)


def site_routes() -> list[Route]:
    """Every URL pattern; the admin's model pages are tagged with their model.

    The admin's unnamed patterns (the old `<object_id>/` redirect and the catch-all) only
    lead to its named pages, which are all here."""
    models_by_prefix = {f"admin:{m._meta.app_label}_{m._meta.model_name}_": m for m in admin.site._registry}
    routes = []
    for route in walk(get_resolver().url_patterns):
        if not route.name and route.route.startswith("admin/"):
            continue
        model = next((m for prefix, m in models_by_prefix.items() if route.name.startswith(prefix)), None)
        routes.append(Route(route.name, route.route, route.pattern, model))
    return routes


# --- the world: two accounts, their objects, one user per persona ---


def png_upload(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def build_world() -> dict:
    personas = {
        name: StaffUserFactory(username=name, role=role, is_staff=name != "partner")
        for name, role in PERSONA_ROLES.items()
    }
    queue_a = Queue.objects.create(name="Queue A")
    queue_b = Queue.objects.create(name="Queue B")
    queue_a.members.add(personas["agent"], personas["technician"])
    world = {"personas": personas, "objects": {}}
    for key, queue in (("a", queue_a), ("b", queue_b)):
        Area.objects.get_or_create(name=f"Area-{key}")
        customer = CustomerFactory(name=f"Account {key.upper()}", area=f"Area-{key}")
        customer.logo.save("logo.png", png_upload("logo.png"), save=True)
        user = CustomerUserFactory(username=f"customer_{key}", customer=customer)
        personas[f"customer_{key}"] = user
        ticket = services.ticket_create(
            by=user,
            customer=customer,
            queue=queue,
            subject=f"Ticket of {key}",
            text="Text",
            contact_name="Contact",
            channel=Ticket.Channel.PORTAL,
            files=[check_upload(png_upload(f"{key}.png"))],
        )
        outage = services.outage_declare(
            by=personas["administrator"], area=customer.area, services="Internet", starts_at=timezone.now()
        )
        world["objects"][key] = {
            "customer": customer,
            "ticket": ticket,
            "attachment": ticket.attachments.get(),
            "queue": queue,
            "outage": outage,
            "reset_user": user,
        }
        world["objects"][key].update(billing_objects(customer=customer, user=user, finance=personas["finance"]))
    services.interaction_log(
        customer=world["objects"]["a"]["customer"], by=personas["agent"], kind="call", direction="in", summary="Hi"
    )
    Branch.objects.create(name="Head office")
    login_failure_record(identifier="nobody", ip_address="203.0.113.1")
    return world


def route_params(route: Route) -> list[str] | None:
    """The names of a pattern's parameters; None if it has unnamed (positional) groups."""
    regex = route.pattern.pattern.regex
    return list(regex.groupindex) if regex.groups == len(regex.groupindex) else None


def route_kwargs(route: Route, objects: dict) -> dict | None:
    """URL kwargs from the kwarg name (and, for `pk`, the object kind the table names)."""
    params = route_params(route)
    if params is None:
        return None
    kwargs = {}
    for name in params:
        if name == "pk":
            kwargs[name] = objects[table.ROWS[route.name]["pk"]].pk
        elif name == "uidb64":
            kwargs[name] = urlsafe_base64_encode(force_bytes(objects["reset_user"].pk))
        elif name == "token":
            kwargs[name] = default_token_generator.make_token(objects["reset_user"])
        elif name in ("object_id", "id") and route.admin_model is not None:
            instance = route.admin_model._default_manager.order_by("pk").first()
            if instance is None:
                return None
            kwargs[name] = instance.pk
        elif name == "app_label":
            kwargs[name] = "accounts"
        else:
            return None
    return kwargs


# --- what happened ---


def outcome(response) -> str:
    code = response.status_code
    if code in (200, 204, 400):
        return table.OK
    if code in (301, 302, 303):
        location = response["Location"]
        logins = (reverse("accounts:login"), reverse("admin:login"))
        return table.LOGIN if location.startswith(logins) else table.REDIRECT
    return str(code)


def admin_expectation(route: Route, persona: str, user) -> set[str]:
    """The admin, generically: index, changelists and change pages follow the roles' permissions;
    every other admin page is closed to anyone who is not staff."""
    if route.name == "admin:login":
        return {table.LOGIN}  # shadowed by the site's own login page (omsportal/urls.py)
    if route.name == "admin:logout":
        return {table.REDIRECT, table.LOGIN, table.NOT_ALLOWED}
    if user is None or not user.is_staff:
        return {table.LOGIN}
    if route.name == "admin:index":
        return {table.OK}
    model = route.admin_model
    if model is not None and route.name.endswith(("_changelist", "_change")):
        granted = roles.ROLE_PERMISSIONS[PERSONA_ROLES[persona]].get(model._meta.app_label, [])
        names = {f"view_{model._meta.model_name}", f"change_{model._meta.model_name}"}
        may_view = granted == roles.ALL or bool(names & set(granted))
        return {table.OK} if may_view else {"403"}
    return {table.OK, table.REDIRECT, "403", "404", "405"}


def test_every_url_answers_every_persona_as_the_table_says():
    world = build_world()
    users = {"anonymous": None, **world["personas"]}
    clients = {persona: Client() for persona in users}
    for persona, user in users.items():
        if user is not None:
            clients[persona].force_login(user)

    problems = []
    routes = site_routes()
    for route in routes:
        is_admin = route.name.startswith("admin:")
        if not is_admin and route.name not in table.ROWS:
            problems.append(f"{route.name or route.route}: no row in tests/access_matrix.py")
            continue
        row = table.ROWS.get(route.name, {})
        accounts = ("a", "b") if route_params(route) and not is_admin else ("a",)
        for index, account in enumerate(accounts):
            kwargs = route_kwargs(route, world["objects"][account])
            if kwargs is None:
                if not is_admin:
                    problems.append(f"{route.name}: cannot fill the URL kwargs")
                continue
            url = reverse(route.name, kwargs=kwargs)
            for method in ("GET", "POST") if row.get("POST") else ("GET",):
                for persona, user in users.items():
                    response = getattr(clients[persona], method.lower())(url)
                    if route.name == "accounts:logout" and user is not None:
                        clients[persona].force_login(user)
                    got = outcome(response)
                    if is_admin:
                        wanted = admin_expectation(route, persona, user)
                    else:
                        expected = row[method][persona]
                        wanted = {expected[index] if isinstance(expected, tuple) else expected}
                    if got not in wanted:
                        problems.append(
                            f"{method} {route.name} [{account}] as {persona}: got {got}, want {'/'.join(sorted(wanted))}"
                        )
    stale = set(table.ROWS) - {route.name for route in routes}
    problems += [f"{name}: row for a URL that no longer exists" for name in sorted(stale)]
    assert not problems, "\n".join(problems)
