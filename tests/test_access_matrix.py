"""Who may open what: every URL of the site, as every persona, against the table in
tests/access_matrix.py.

The URLs come from the URL configuration itself (admin included), so a new URL without a row
in the table fails here. Object URLs are requested with account A's object and with account
B's; the table says what each persona must get for each. One test, one database: the
mismatches are collected and reported together.
"""

import logging
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.contrib import admin
from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import Branch, StaffProfile
from accounts.services import login_failure_record
from core import roles
from core.files import check_upload
from inventory import services as inventory_services
from inventory.models import ImportJob, Number, Sim
from orders.models import Order, Product
from orders.services import Item, order_create
from portalhome.models import Registration
from portalhome.services import note_create
from repairs.models import RepairDesk
from repairs.services import repair_register
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


# Customer B is asked only where an object of an account is in the URL: elsewhere (the admin
# included, which knows nothing of accounts) the answer depends on the role alone, and customer
# A has the same role. The table must then say the same for both (checked below).
TWIN = {"customer_b": "customer_a"}


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


def customer_objects(*, customer, by) -> dict:
    """A subscriber service and a failed activation of this account (the customers app's URLs)."""
    from customers.models import ActivationJob, SubscriberService
    from orders.models import Order, TariffPlan

    plan, _created = TariffPlan.objects.get_or_create(technical_name="matrix", defaults={"name": "M", "monthly_fee": 1})
    service = SubscriberService.objects.create(customer=customer, plan=plan, phone_number=f"+7900{customer.pk:07d}")
    order = Order.objects.create(
        number=f"O-M{customer.pk}", customer=customer, type=Order.Type.NEW_CONNECTION, created_by=by
    )
    job = ActivationJob.objects.create(order=order, status=ActivationJob.Status.FAILED, error="x")
    return {"service": service, "job": job}


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
            **customer_objects(customer=customer, by=personas["sales"]),
            "note": note_create(
                customer=customer, by=user, title="Note", text="", file=check_upload(png_upload(f"n{key}.png"))
            ),
            # The admin's note pages need one that the portal's delete row leaves alone.
            "spare_note": note_create(customer=customer, by=user, title="Kept", text="", file=None),
            "registration": Registration.objects.create(
                name=f"Sign-up {key}", email=f"signup-{key}@example.com", status=Registration.Status.PENDING
            ),
        }
        world["objects"][key].update(billing_objects(customer=customer, user=user, finance=personas["finance"]))
    services.interaction_log(
        customer=world["objects"]["a"]["customer"], by=personas["agent"], kind="call", direction="in", summary="Hi"
    )
    stock_for_each_account(world)
    Branch.objects.create(name="Head office")
    add_repairs(world, personas)
    add_orders(world)
    login_failure_record(identifier="nobody", ip_address="203.0.113.1")
    return world


def stock_for_each_account(world: dict) -> None:
    """Account A's side has the partner's channel; B's is a sibling channel, each with a number and a SIM."""
    admin_user = world["personas"]["administrator"]
    for index, key in enumerate(("a", "b"), start=1):
        channel = inventory_services.channel_create(name=f"Channel {key}", kind="distributor", by=admin_user)
        inventory_services.number_range_create(prefix=f"7{index}", first="000000000", last="000000000", by=admin_user)
        sim = inventory_services.sims_load(
            rows=[{"iccid": f"89701012345678901{index}", "imsi": f"25001000000000{index}"}], by=admin_user
        )[0]
        number = Number.objects.get(msisdn=f"7{index}000000000")
        for model, item in ((Number, number), (Sim, sim)):
            inventory_services.stock_move(
                model=model, ids=[item.pk], move="allocate", by=admin_user, values={"channel": channel}
            )
        job = ImportJob.objects.create(
            kind="numbers", original_name=f"{key}.csv", file=f"stock-imports/{key}.csv", created_by=admin_user
        )
        world["objects"][key].update({"channel": channel, "number": number, "sim": sim, "import_job": job})
    inventory_services.channel_user_link(
        user=world["personas"]["partner"], channel=world["objects"]["a"]["channel"], by=admin_user
    )


def add_repairs(world: dict, personas: dict) -> None:
    """Account A's repair at the technician's branch, account B's at another, each with a photo."""
    for key in ("a", "b"):
        branch = Branch.objects.create(name=f"Repairs {key.upper()}")
        RepairDesk.objects.create(branch=branch)
        if key == "a":
            StaffProfile.objects.filter(user=personas["technician"]).update(branch=branch)
        customer = world["objects"][key]["customer"]
        repair = repair_register(
            by=personas[f"customer_{key}"],
            customer=customer,
            branch=branch,
            device_type="Phone",
            device_model="X",
            serial_number=f"SN-{key}",
            problem="Broken",
            handed_over_by="Someone",
            handed_over_id_number="AB123456",
            handed_over_phone="+74951112233",
            photos=[check_upload(png_upload(f"repair-{key}.png"))],
        )
        world["objects"][key].update(repair=repair, repair_photo=repair.photos.get())


def add_orders(world: dict) -> None:
    """Each account's order, placed in the portal by its customer; the catalogue's product."""
    product = Product.objects.create(name="Router", sku="MATRIX-1", price=Decimal("10.00"))
    for key in ("a", "b"):
        objects = world["objects"][key]
        order = order_create(
            by=world["personas"][f"customer_{key}"],
            customer=objects["customer"],
            type=Order.Type.NEW_CONNECTION,
            items=[Item(product, 1)],
            delivery_method=Order.Delivery.COURIER,
            delivery_address="1 Main street",
        )
        # The order went through the account's channel: the partner sees A's and not B's.
        Order.objects.filter(pk=order.pk).update(channel_code=objects["channel"].code)
        objects.update(order=order, product=product, move="cancel", kind="product", partner_order=order)


def route_params(route: Route) -> list[str] | None:
    """The names of a pattern's parameters; None if it has unnamed (positional) groups."""
    regex = route.pattern.pattern.regex
    return list(regex.groupindex) if regex.groups == len(regex.groupindex) else None


def admin_instance(model: type, objects: dict):
    """Account A's object of that model where the world has one (its customer user, not the
    administrator, whom only administrators may manage), else the first in the database."""
    mine = [obj.pk for obj in objects.values() if isinstance(obj, model)]
    # Some rows POST deletes (a customer's note): take one that still exists.
    existing = model._default_manager.filter(pk__in=mine).order_by("pk").first() if mine else None
    return existing or model._default_manager.order_by("pk").first()


def route_kwargs(route: Route, objects: dict) -> dict | None:
    """URL kwargs from the kwarg name (and, for `pk`, the object kind the table names)."""
    params = route_params(route)
    if params is None:
        return None
    kwargs = {}
    for name in params:
        if name in ("pk", "object_id", "id") and route.admin_model is not None:
            instance = admin_instance(route.admin_model, objects)
            if instance is None:
                return None
            kwargs[name] = instance.pk
        elif name == "pk":
            kwargs[name] = objects[table.ROWS[route.name]["pk"]].pk
        elif name == "uidb64":
            kwargs[name] = urlsafe_base64_encode(force_bytes(objects["reset_user"].pk))
        elif name == "token":
            kwargs[name] = default_token_generator.make_token(objects["reset_user"])
        elif name in ("move", "kind"):
            kwargs[name] = objects[name]
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
        path = urlsplit(location).path
        if path == reverse("accounts:login_verify"):
            return table.VERIFY
        return table.LOGIN if path in (reverse("accounts:login"), reverse("admin:login")) else table.REDIRECT
    return str(code)


def admin_expectation(route: Route, persona: str, user) -> set[str]:
    """The admin, generically: index, changelists and change pages follow the roles' permissions;
    every other admin page is closed to anyone who is not staff (anonymous: the login page; a
    logged-in customer or partner: their own home)."""
    if route.name == "admin:login":
        return {table.LOGIN}  # shadowed by the site's own login page (omsportal/urls.py)
    if route.name == "admin:logout":
        return {table.REDIRECT, table.LOGIN, table.NOT_ALLOWED}
    if user is None:
        return {table.LOGIN}
    if not user.is_staff:
        return {table.REDIRECT}  # sent to their own home (core/admin_site.py)
    if route.name == "admin:index":
        return {table.OK}
    model = route.admin_model
    if model is not None and route.name.endswith(("_changelist", "_change")):
        granted = roles.ROLE_PERMISSIONS[PERSONA_ROLES[persona]].get(model._meta.app_label, [])
        names = {f"view_{model._meta.model_name}", f"change_{model._meta.model_name}"}
        may_view = granted == roles.ALL or bool(names & set(granted))
        if may_view:
            return {table.OK}
        # A scoped admin (core.admin_site.ScopedHistoryAdmin) answers 404 before the permission check.
        return {"403", "404"} if route.name.endswith("_change") else {"403"}
    return {table.OK, table.REDIRECT, "403", "404", "405"}


@pytest.fixture
def quiet_requests():
    """Thousands of 403/404/405 answers: logging each (with a traceback) is a good part of the runtime."""
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


def test_every_url_answers_every_persona_as_the_table_says(quiet_requests):
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
                    if persona in TWIN and (is_admin or not route_params(route)):
                        if not is_admin and row[method][persona] != row[method][TWIN[persona]]:
                            problems.append(f"{method} {route.name}: {persona} differs from {TWIN[persona]}")
                        continue
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
