"""The access table that tests/test_access_matrix.py checks every URL against.

One row per URL name: what each persona gets. `pk` names the object an `<int:pk>` stands
for; object URLs are requested with account A's object and with account B's, and a pair
`(for A, for B)` says what each gets when they differ. Account A's ticket is in the queue of
the agent and the technician; account B's is in a queue nobody of them works. Sales and
finance work no queue, so they see no ticket page. `POST` rows are for views that take
a POST (an empty POST: the form is refused, but the scope is checked first).

Rows are in sections by app (URL namespace), so each app's rows stay together; the last
section holds the site-wide URLs. Staff with `tickets.view_ticket` read every ticket (9.9);
only the queue's agents, its owner and creator, and managers may work it, so a POST to an
action of a ticket they only read is refused with a message (a redirect back to it). The
tests run with TWO_FACTOR_ENFORCED=False: nobody is sent to the second step.

The admin is covered generically by the test (index, each model's changelist and change
page by the roles' permissions; every other admin page closed to non-staff), not here.
"""

OK = "ok"  # 200 (or 204, or 400 for an empty form): the view answered
LOGIN = "login"  # redirect to the login page
VERIFY = "verify"  # redirect to the second step of the login (accounts:login_verify)
REDIRECT = "redirect"  # redirect elsewhere (staff sent to their side, after a POST, …)
FORBIDDEN = "403"
NOT_FOUND = "404"
NOT_ALLOWED = "405"

PERSONAS = (
    "anonymous",
    "administrator",
    "manager",
    "agent",
    "sales",
    "technician",
    "finance",
    "partner",
    "customer_a",
    "customer_b",
)


def expect(default: str | tuple, **persona: str | tuple) -> dict:
    unknown = set(persona) - set(PERSONAS)
    if unknown:
        raise ValueError(f"unknown personas: {sorted(unknown)}")
    return {name: persona.get(name, default) for name in PERSONAS}


def row(*, GET: dict, POST: dict | None = None, pk: str | None = None) -> dict:
    return {"pk": pk, "GET": GET, "POST": POST}


# Shortcuts for the most common rows.
STAFF_ONLY = {"anonymous": LOGIN, "partner": FORBIDDEN, "customer_a": REDIRECT, "customer_b": REDIRECT}
CUSTOMER_ONLY = {"anonymous": LOGIN, "customer_a": OK, "customer_b": OK}
# Ticket actions: the queue of A's ticket is the agent's and the technician's.
WORKERS = {"agent": (OK, REDIRECT), "technician": (OK, REDIRECT), "sales": REDIRECT, "finance": REDIRECT}

ROWS = {
    # --- home (URL names still `core:`) ---
    "core:home": row(GET=expect(REDIRECT, anonymous=LOGIN)),
    "core:portal_home": row(GET=expect(REDIRECT, **CUSTOMER_ONLY)),
    "core:staff_home": row(GET=expect(OK, anonymous=LOGIN, customer_a=REDIRECT, customer_b=REDIRECT)),
    "core:healthz": row(GET=expect(OK)),
    # --- portal home (portalhome, home) ---
    "core:portal_history": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
    "core:portal_processes": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
    "core:staff_search": row(GET=expect(OK, anonymous=LOGIN, customer_a=REDIRECT, customer_b=REDIRECT)),
    "portalhome:note_new": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
    "portalhome:note_edit": row(
        pk="note", GET=expect(REDIRECT, anonymous=LOGIN, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK))
    ),
    "portalhome:note_file": row(
        pk="note", GET=expect(REDIRECT, anonymous=LOGIN, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK))
    ),
    # Listed after the other note URLs: the POST deletes each account's note.
    "portalhome:note_delete": row(
        pk="note",
        GET=expect(NOT_ALLOWED),
        POST=expect(REDIRECT, anonymous=LOGIN, customer_a=(REDIRECT, NOT_FOUND), customer_b=(NOT_FOUND, REDIRECT)),
    ),
    "portalhome:register": row(GET=expect(REDIRECT, anonymous=OK)),
    "portalhome:register_sent": row(GET=expect(OK)),
    "portalhome:register_confirm": row(GET=expect(OK)),
    "portalhome:registrations": row(
        GET=expect(
            FORBIDDEN,
            anonymous=LOGIN,
            administrator=OK,
            manager=OK,
            agent=OK,
            sales=OK,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        )
    ),
    "portalhome:registration_move": row(
        pk="registration",
        GET=expect(NOT_ALLOWED),
        POST=expect(
            FORBIDDEN,
            anonymous=LOGIN,
            administrator=REDIRECT,
            manager=REDIRECT,
            agent=REDIRECT,
            sales=REDIRECT,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
    ),
    # --- accounts ---
    "accounts:login": row(GET=expect(REDIRECT, anonymous=OK)),
    "accounts:login_verify": row(GET=expect(REDIRECT, anonymous=LOGIN)),
    "accounts:logout": row(GET=expect(NOT_ALLOWED), POST=expect(LOGIN)),
    "accounts:settings": row(GET=expect(OK, anonymous=LOGIN)),
    "accounts:staff_profile": row(GET=expect(OK, anonymous=LOGIN, customer_a=REDIRECT, customer_b=REDIRECT)),
    "accounts:password_change_required": row(GET=expect(OK, anonymous=LOGIN)),
    "accounts:password_reset": row(GET=expect(OK)),
    "accounts:password_reset_done": row(GET=expect(OK)),
    "accounts:password_reset_confirm": row(GET=expect(REDIRECT)),
    "accounts:two_factor": row(GET=expect(OK, anonymous=LOGIN)),
    "accounts:two_factor_enrol": row(GET=expect(OK, anonymous=LOGIN)),
    "accounts:two_factor_qr": row(GET=expect(OK, anonymous=LOGIN)),
    "accounts:two_factor_recovery_codes": row(GET=expect(REDIRECT, anonymous=LOGIN)),
    "accounts:two_factor_recovery_regenerate": row(
        GET=expect(NOT_ALLOWED, anonymous=LOGIN), POST=expect(VERIFY, anonymous=LOGIN)
    ),
    "accounts:two_factor_disable": row(GET=expect(NOT_ALLOWED, anonymous=LOGIN), POST=expect(VERIFY, anonymous=LOGIN)),
    "accounts:portal_account": row(GET=expect(REDIRECT, **CUSTOMER_ONLY)),
    "accounts:customer_logo": row(
        pk="customer",
        GET=expect(OK, anonymous=LOGIN, partner=NOT_FOUND, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK)),
    ),
    "accounts:customer_lookup": row(GET=expect(OK, **STAFF_ONLY)),
    # --- tickets_portal ---
    "tickets_portal:list": row(GET=expect(REDIRECT, **CUSTOMER_ONLY)),
    "tickets_portal:new": row(GET=expect(REDIRECT, **CUSTOMER_ONLY)),
    "tickets_portal:detail": row(
        pk="ticket", GET=expect(REDIRECT, anonymous=LOGIN, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK))
    ),
    "tickets_portal:reply": row(
        pk="ticket",
        GET=expect(REDIRECT, anonymous=LOGIN, customer_a=NOT_ALLOWED, customer_b=NOT_ALLOWED),
        POST=expect(REDIRECT, anonymous=LOGIN, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK)),
    ),
    "tickets_portal:rate": row(
        pk="ticket",
        GET=expect(REDIRECT, anonymous=LOGIN, customer_a=NOT_ALLOWED, customer_b=NOT_ALLOWED),
        POST=expect(REDIRECT, anonymous=LOGIN, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK)),
    ),
    "tickets_portal:resend": row(
        pk="ticket",
        GET=expect(REDIRECT, anonymous=LOGIN, customer_a=NOT_ALLOWED, customer_b=NOT_ALLOWED),
        POST=expect(REDIRECT, anonymous=LOGIN, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK)),
    ),
    "tickets_portal:attachment": row(
        pk="attachment", GET=expect(REDIRECT, anonymous=LOGIN, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK))
    ),
    # --- tickets_staff ---
    "tickets_staff:folder": row(GET=expect(OK, **STAFF_ONLY)),
    "tickets_staff:queue": row(
        pk="queue",
        GET=expect(
            OK,
            agent=(OK, NOT_FOUND),
            sales=NOT_FOUND,
            technician=(OK, NOT_FOUND),
            finance=NOT_FOUND,
            **STAFF_ONLY,
        ),
    ),
    "tickets_staff:search": row(GET=expect(OK, **STAFF_ONLY)),
    "tickets_staff:new": row(GET=expect(OK, **STAFF_ONLY)),
    "tickets_staff:detail": row(pk="ticket", GET=expect(OK, **STAFF_ONLY)),
    "tickets_staff:move": row(pk="ticket", GET=expect(NOT_ALLOWED, **STAFF_ONLY), POST=expect(REDIRECT, **STAFF_ONLY)),
    "tickets_staff:reply": row(
        pk="ticket", GET=expect(NOT_ALLOWED, **STAFF_ONLY), POST=expect(OK, **WORKERS, **STAFF_ONLY)
    ),
    "tickets_staff:comment": row(
        pk="ticket", GET=expect(NOT_ALLOWED, **STAFF_ONLY), POST=expect(OK, **WORKERS, **STAFF_ONLY)
    ),
    "tickets_staff:link_outage": row(
        pk="ticket", GET=expect(NOT_ALLOWED, **STAFF_ONLY), POST=expect(REDIRECT, **STAFF_ONLY)
    ),
    "tickets_staff:attachment": row(pk="attachment", GET=expect(OK, **STAFF_ONLY)),
    "tickets_staff:interactions": row(GET=expect(OK, technician=FORBIDDEN, finance=FORBIDDEN, **STAFF_ONLY)),
    "tickets_staff:interaction_new": row(GET=expect(OK, technician=FORBIDDEN, finance=FORBIDDEN, **STAFF_ONLY)),
    "tickets_staff:outages": row(GET=expect(OK, finance=FORBIDDEN, **STAFF_ONLY)),
    "tickets_staff:outage_new": row(GET=expect(FORBIDDEN, administrator=OK, manager=OK, **STAFF_ONLY)),
    "tickets_staff:outage_detail": row(pk="outage", GET=expect(OK, finance=FORBIDDEN, **STAFF_ONLY)),
    "tickets_staff:outage_notify": row(
        pk="outage",
        GET=expect(FORBIDDEN, administrator=OK, manager=OK, **STAFF_ONLY),
        POST=expect(FORBIDDEN, administrator=REDIRECT, manager=REDIRECT, **STAFF_ONLY),
    ),
    "tickets_staff:outage_status": row(
        pk="outage",
        GET=expect(NOT_ALLOWED, finance=FORBIDDEN, **STAFF_ONLY),
        POST=expect(REDIRECT, finance=FORBIDDEN, **STAFF_ONLY),
    ),
    # --- site-wide ---
    "set_language": row(GET=expect(REDIRECT), POST=expect(REDIRECT)),
    "admin_login_redirect": row(GET=expect(LOGIN)),
    "csp_report": row(GET=expect(NOT_ALLOWED), POST=expect(OK)),
    **{
        f"inventory_staff:{name}": row(
            GET=expect(
                FORBIDDEN,
                anonymous=LOGIN,
                administrator=OK,
                manager=OK,
                agent=OK,
                sales=OK,
                customer_a=REDIRECT,
                customer_b=REDIRECT,
            )
        )
        for name in ("numbers", "sims", "channels")
    },
    **{
        f"inventory_staff:{name}": row(
            pk=kind,
            GET=expect(
                FORBIDDEN,
                anonymous=LOGIN,
                administrator=OK,
                manager=OK,
                agent=OK,
                sales=OK,
                customer_a=REDIRECT,
                customer_b=REDIRECT,
            ),
        )
        for name, kind in (
            ("number_detail", "number"),
            ("sim_detail", "sim"),
            ("channel_detail", "channel"),
            ("channel_statistics_csv", "channel"),
        )
    },
    **{
        f"inventory_staff:{name}": row(
            GET=expect(NOT_ALLOWED),
            POST=expect(
                FORBIDDEN,
                anonymous=LOGIN,
                administrator=REDIRECT,
                manager=REDIRECT,
                sales=REDIRECT,
                customer_a=REDIRECT,
                customer_b=REDIRECT,
            ),
        )
        for name in ("numbers_bulk", "numbers_next", "sims_bulk", "sims_next")
    },
    **{
        f"inventory_staff:{name}": row(
            pk=kind,
            GET=expect(NOT_ALLOWED),
            POST=expect(
                FORBIDDEN,
                anonymous=LOGIN,
                administrator=REDIRECT,
                manager=REDIRECT,
                agent=REDIRECT,
                sales=REDIRECT,
                customer_a=REDIRECT,
                customer_b=REDIRECT,
            ),
        )
        for name, kind in (("number_move", "number"), ("sim_move", "sim"))
    },
    **{
        f"inventory_staff:{name}": row(
            GET=expect(
                FORBIDDEN, anonymous=LOGIN, administrator=OK, manager=OK, customer_a=REDIRECT, customer_b=REDIRECT
            )
        )
        for name in ("range_new", "channel_new", "import_new")
    },
    **{
        f"inventory_staff:{name}": row(
            pk="import_job",
            GET=expect(
                FORBIDDEN, anonymous=LOGIN, administrator=OK, manager=OK, customer_a=REDIRECT, customer_b=REDIRECT
            ),
        )
        for name in ("import_detail", "import_progress", "import_report")
    },
    **{
        f"inventory_partner:{name}": row(
            GET=expect(FORBIDDEN, anonymous=LOGIN, partner=OK, customer_a=REDIRECT, customer_b=REDIRECT)
        )
        for name in ("stock", "channels", "statistics", "statistics_csv", "user_new", "orders", "order_new")
    },
    "inventory_partner:allocate": row(
        GET=expect(NOT_ALLOWED),
        POST=expect(FORBIDDEN, anonymous=LOGIN, partner=REDIRECT, customer_a=REDIRECT, customer_b=REDIRECT),
    ),
    "inventory_partner:channel_detail": row(
        pk="channel",
        GET=expect(FORBIDDEN, anonymous=LOGIN, partner=(OK, NOT_FOUND), customer_a=REDIRECT, customer_b=REDIRECT),
    ),
    # Account A's order was placed through the partner's channel, B's through the sibling channel.
    "inventory_partner:order_detail": row(
        pk="partner_order",
        GET=expect(FORBIDDEN, anonymous=LOGIN, partner=(OK, NOT_FOUND), customer_a=REDIRECT, customer_b=REDIRECT),
    ),
}

# The customers app: staff with the customer/service permission; customers sent to their side.
STAFF_ONLY = {"customer_a": REDIRECT, "customer_b": REDIRECT, "anonymous": LOGIN}
SERVICE_STAFF = expect(OK, partner=FORBIDDEN, finance=FORBIDDEN, **STAFF_ONLY)
SERVICE_POST = expect(REDIRECT, partner=FORBIDDEN, finance=FORBIDDEN, **STAFF_ONLY)
JOB_POST = expect(REDIRECT, partner=FORBIDDEN, finance=FORBIDDEN, agent=FORBIDDEN, **STAFF_ONLY)
ROWS.update(
    {
        "customers_staff:list": row(GET=expect(OK, partner=FORBIDDEN, **STAFF_ONLY)),
        "customers_staff:new": row(
            GET=expect(OK, agent=FORBIDDEN, technician=FORBIDDEN, finance=FORBIDDEN, partner=FORBIDDEN, **STAFF_ONLY)
        ),
        "customers_staff:edit": row(
            pk="customer",
            GET=expect(OK, agent=FORBIDDEN, technician=FORBIDDEN, finance=FORBIDDEN, partner=FORBIDDEN, **STAFF_ONLY),
        ),
        "customers_staff:detail": row(pk="customer", GET=expect(OK, partner=FORBIDDEN, **STAFF_ONLY)),
        "customers_staff:identity": row(
            pk="customer",
            GET=expect(NOT_ALLOWED, partner=FORBIDDEN, **STAFF_ONLY),
            POST=expect(REDIRECT, administrator=OK, manager=OK, finance=OK, partner=FORBIDDEN, **STAFF_ONLY),
        ),
        **{
            f"customers_staff:{name}": row(
                pk="customer",
                GET=expect(
                    NOT_ALLOWED,
                    agent=FORBIDDEN,
                    technician=FORBIDDEN,
                    finance=FORBIDDEN,
                    partner=FORBIDDEN,
                    **STAFF_ONLY,
                ),
                POST=expect(
                    REDIRECT,
                    agent=FORBIDDEN,
                    technician=FORBIDDEN,
                    finance=FORBIDDEN,
                    partner=FORBIDDEN,
                    **STAFF_ONLY,
                ),
            )
            for name in ("suspend", "reactivate", "delete")
        },
        "customers_staff:service_by_number": row(
            GET=expect(REDIRECT, partner=FORBIDDEN, finance=FORBIDDEN, **STAFF_ONLY)
        ),
        "customers_staff:service": row(pk="service", GET=SERVICE_STAFF),
        "customers_staff:service_reveal": row(
            pk="service",
            GET=expect(NOT_ALLOWED, partner=FORBIDDEN, finance=FORBIDDEN, **STAFF_ONLY),
            POST=expect(REDIRECT, administrator=OK, manager=OK, partner=FORBIDDEN, finance=FORBIDDEN, **STAFF_ONLY),
        ),
        **{
            f"customers_staff:{name}": row(
                pk="service",
                GET=expect(NOT_ALLOWED, partner=FORBIDDEN, finance=FORBIDDEN, **STAFF_ONLY),
                POST=SERVICE_POST,
            )
            for name in (
                "service_move",
                "service_plan",
                "service_addon",
                "service_addon_remove",
                "service_settings",
                "service_notes",
            )
        },
        "customers_staff:failed": row(GET=SERVICE_STAFF),
        "customers_staff:job": row(pk="job", GET=SERVICE_STAFF),
        **{
            f"customers_staff:{name}": row(
                pk="job",
                GET=expect(NOT_ALLOWED, partner=FORBIDDEN, finance=FORBIDDEN, agent=FORBIDDEN, **STAFF_ONLY),
                POST=JOB_POST,
            )
            for name in ("job_retry", "job_cancel")
        },
        "customers_portal:list": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
    }
)

# Repairs: account A's repair is at the technician's branch, account B's at another; the agent
# (counter staff) sees every branch. Sales, finance and partners hold no repair permission.
_REPAIR_STAFF = {"anonymous": LOGIN, "sales": FORBIDDEN, "finance": FORBIDDEN, "partner": FORBIDDEN}
_REPAIR_OBJECT = dict(_REPAIR_STAFF, technician=(OK, NOT_FOUND), customer_a=REDIRECT, customer_b=REDIRECT)
_REPAIR_PORTAL = {"anonymous": LOGIN, "customer_a": (OK, NOT_FOUND), "customer_b": (NOT_FOUND, OK)}
ROWS.update(
    {
        "repairs_portal:list": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
        "repairs_portal:new": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
        "repairs_portal:detail": row(pk="repair", GET=expect(REDIRECT, **_REPAIR_PORTAL)),
        "repairs_portal:receipt": row(pk="repair", GET=expect(REDIRECT, **_REPAIR_PORTAL)),
        "repairs_portal:receipt_pdf": row(pk="repair", GET=expect(REDIRECT, **_REPAIR_PORTAL)),
        # Not returned yet: no hand-back receipt, for anybody.
        "repairs_portal:handback": row(
            pk="repair", GET=expect(REDIRECT, anonymous=LOGIN, customer_a=NOT_FOUND, customer_b=NOT_FOUND)
        ),
        "repairs_portal:handback_pdf": row(
            pk="repair", GET=expect(REDIRECT, anonymous=LOGIN, customer_a=NOT_FOUND, customer_b=NOT_FOUND)
        ),
        "repairs_portal:move": row(
            pk="repair",
            GET=expect(REDIRECT, anonymous=LOGIN, customer_a=NOT_ALLOWED, customer_b=NOT_ALLOWED),
            POST=expect(REDIRECT, anonymous=LOGIN, customer_a=(REDIRECT, NOT_FOUND), customer_b=(NOT_FOUND, REDIRECT)),
        ),
        "repairs_portal:photo": row(pk="repair_photo", GET=expect(REDIRECT, **_REPAIR_PORTAL)),
        "repairs_staff:queue": row(GET=expect(OK, **_REPAIR_STAFF, customer_a=REDIRECT, customer_b=REDIRECT)),
        "repairs_staff:new": row(GET=expect(OK, **_REPAIR_STAFF, customer_a=REDIRECT, customer_b=REDIRECT)),
        "repairs_staff:turnaround": row(
            GET=expect(OK, **_REPAIR_STAFF, technician=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT)
        ),
        "repairs_staff:detail": row(pk="repair", GET=expect(OK, **_REPAIR_OBJECT)),
        "repairs_staff:receipt": row(pk="repair", GET=expect(OK, **_REPAIR_OBJECT)),
        "repairs_staff:receipt_pdf": row(pk="repair", GET=expect(OK, **_REPAIR_OBJECT)),
        "repairs_staff:handback": row(
            pk="repair", GET=expect(NOT_FOUND, **_REPAIR_STAFF, customer_a=REDIRECT, customer_b=REDIRECT)
        ),
        "repairs_staff:handback_pdf": row(
            pk="repair", GET=expect(NOT_FOUND, **_REPAIR_STAFF, customer_a=REDIRECT, customer_b=REDIRECT)
        ),
        "repairs_staff:move": row(
            pk="repair",
            GET=expect(NOT_ALLOWED, **_REPAIR_STAFF, customer_a=REDIRECT, customer_b=REDIRECT),
            POST=expect(REDIRECT, **_REPAIR_STAFF, technician=(REDIRECT, NOT_FOUND)),
        ),
        "repairs_staff:quote": row(
            pk="repair",
            GET=expect(NOT_ALLOWED, **_REPAIR_STAFF, customer_a=REDIRECT, customer_b=REDIRECT),
            POST=expect(OK, **_REPAIR_STAFF, technician=(OK, NOT_FOUND), customer_a=REDIRECT, customer_b=REDIRECT),
        ),
        "repairs_staff:photo": row(pk="repair_photo", GET=expect(OK, **_REPAIR_OBJECT)),
    }
)

# --- billing ---
_PORTAL = expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)
_PORTAL_OWN = expect(REDIRECT, anonymous=LOGIN, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK))


def _staff(allowed: set[str], answer: str = OK, **extra) -> dict:
    """A staff page needing one permission held by the personas in `allowed`."""
    others = {p: FORBIDDEN for p in ("agent", "sales", "technician", "finance", "partner") if p not in allowed}
    return expect(answer, anonymous=LOGIN, customer_a=REDIRECT, customer_b=REDIRECT, **{**others, **extra})


_PAYMENT_ROLES = {"finance"}
_INVOICE_ROLES = {"finance", "sales"}


def _staff_post(allowed: set[str]) -> dict:
    return row(pk=None, GET=_staff(allowed, NOT_ALLOWED), POST=_staff(allowed, REDIRECT))


ROWS.update(
    {
        "billing_portal:invoices": row(GET=_PORTAL),
        "billing_portal:proformas": row(GET=_PORTAL),
        "billing_portal:invoice": row(pk="invoice", GET=_PORTAL_OWN),
        "billing_portal:invoice_pdf": row(pk="invoice", GET=_PORTAL_OWN),
        "billing_portal:payments": row(GET=_PORTAL),
        "billing_portal:under_review": row(GET=_PORTAL),
        "billing_portal:rejected": row(GET=_PORTAL),
        "billing_portal:payment_new": row(GET=_PORTAL),
        "billing_portal:payment": row(pk="payment", GET=_PORTAL_OWN),
        "billing_portal:receipt": row(pk="payment", GET=_PORTAL_OWN),
        "billing_portal:contracts": row(GET=_PORTAL),
        "billing_portal:contract_document": row(pk="contract_document", GET=_PORTAL_OWN),
        "billing_portal:pay_online": row(
            GET=expect(REDIRECT, anonymous=LOGIN, customer_a=NOT_ALLOWED, customer_b=NOT_ALLOWED),
            POST=expect(REDIRECT, anonymous=LOGIN),
        ),
        "billing_portal:online_simulated": row(
            pk="payment",
            GET=expect(REDIRECT, anonymous=LOGIN, customer_a=(REDIRECT, NOT_FOUND), customer_b=(NOT_FOUND, REDIRECT)),
        ),
        "billing_portal:online_callback": row(GET=expect(NOT_ALLOWED), POST=expect(OK)),
        "billing_staff:review": row(GET=_staff(_PAYMENT_ROLES)),
        "billing_staff:payment_new": row(GET=_staff(_PAYMENT_ROLES)),
        "billing_staff:payment": row(pk="payment", GET=_staff(_PAYMENT_ROLES)),
        "billing_staff:payment_move": {**_staff_post(_PAYMENT_ROLES), "pk": "payment"},
        "billing_staff:receipt": row(pk="payment", GET=_staff(_PAYMENT_ROLES)),
        "billing_staff:invoices": row(GET=_staff(_INVOICE_ROLES)),
        "billing_staff:invoice_new": row(GET=_staff(_PAYMENT_ROLES)),
        "billing_staff:invoice": row(pk="invoice", GET=_staff(_INVOICE_ROLES)),
        "billing_staff:invoice_pdf": row(pk="invoice", GET=_staff(_INVOICE_ROLES)),
        "billing_staff:invoice_move": {**_staff_post(_INVOICE_ROLES), "pk": "invoice"},
        "billing_staff:invoice_credit": {**_staff_post(_PAYMENT_ROLES), "pk": "invoice"},
        "billing_staff:contracts": row(GET=_staff(_INVOICE_ROLES)),
        "billing_staff:contract_new": row(GET=_staff(_INVOICE_ROLES)),
        "billing_staff:contract": row(pk="contract", GET=_staff(_INVOICE_ROLES)),
        "billing_staff:contract_move": {**_staff_post(_INVOICE_ROLES), "pk": "contract"},
        # An empty POST: the scope and permission are checked, then the form is refused (400).
        "billing_staff:contract_documents_add": row(
            pk="contract", GET=_staff(_INVOICE_ROLES, NOT_ALLOWED), POST=_staff(_INVOICE_ROLES, OK)
        ),
        "billing_staff:contract_document": row(pk="contract_document", GET=_staff(_INVOICE_ROLES)),
        "billing_staff:statement": row(pk="customer", GET=_staff(_INVOICE_ROLES)),
    }
)

# Orders: each account has an order it placed in the portal. Every staff role reads every order
# (`orders.view_order`); the partner holds no order permission. The move rows POST `cancel` with no
# reason (refused with a message); the delete row a submitted order (refused: only drafts go).
_ORDER_STAFF = {"anonymous": LOGIN, "partner": FORBIDDEN, "customer_a": REDIRECT, "customer_b": REDIRECT}
_ORDER_PORTAL = {"anonymous": LOGIN, "customer_a": (OK, NOT_FOUND), "customer_b": (NOT_FOUND, OK)}
_ORDER_WRITERS = {"administrator": OK, "manager": OK, "sales": OK}
_ORDER_POSTED = {"anonymous": LOGIN, "partner": NOT_FOUND, "customer_a": REDIRECT, "customer_b": REDIRECT}
_ORDER_POST_ONLY = {"anonymous": LOGIN, "customer_a": REDIRECT, "customer_b": REDIRECT}
ROWS.update(
    {
        "orders_portal:list": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
        "orders_portal:new": row(
            GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK),
            POST=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK),
        ),
        "orders_portal:detail": row(pk="order", GET=expect(REDIRECT, **_ORDER_PORTAL)),
        "orders_portal:move": row(
            pk="order",
            GET=expect(REDIRECT, anonymous=LOGIN, customer_a=NOT_ALLOWED, customer_b=NOT_ALLOWED),
            POST=expect(REDIRECT, anonymous=LOGIN, customer_a=(REDIRECT, NOT_FOUND), customer_b=(NOT_FOUND, REDIRECT)),
        ),
        "orders_staff:desk": row(GET=expect(OK, **_ORDER_STAFF)),
        "orders_staff:export": row(GET=expect(FORBIDDEN, **_ORDER_STAFF, **_ORDER_WRITERS, finance=OK)),
        "orders_staff:bulk_approve": row(
            GET=expect(FORBIDDEN, **_ORDER_STAFF, administrator=NOT_ALLOWED, manager=NOT_ALLOWED, sales=NOT_ALLOWED),
            POST=expect(FORBIDDEN, **_ORDER_STAFF, administrator=REDIRECT, manager=REDIRECT, sales=REDIRECT),
        ),
        "orders_staff:new": row(
            GET=expect(FORBIDDEN, **_ORDER_STAFF, **_ORDER_WRITERS),
            POST=expect(FORBIDDEN, **_ORDER_STAFF, **_ORDER_WRITERS),
        ),
        "orders_staff:detail": row(pk="order", GET=expect(OK, **_ORDER_STAFF)),
        "orders_staff:move": row(
            pk="order",
            GET=expect(NOT_ALLOWED, **_ORDER_POST_ONLY),
            POST=expect(REDIRECT, **_ORDER_POSTED),
        ),
        "orders_staff:delete": row(
            pk="order",
            GET=expect(NOT_ALLOWED, **_ORDER_POST_ONLY),
            POST=expect(REDIRECT, **_ORDER_POSTED),
        ),
        "orders_staff:catalogue": row(GET=expect(OK, **_ORDER_STAFF)),
        "orders_staff:catalogue_new": row(
            GET=expect(FORBIDDEN, **_ORDER_STAFF, **_ORDER_WRITERS),
            POST=expect(FORBIDDEN, **_ORDER_STAFF, **_ORDER_WRITERS),
        ),
        "orders_staff:catalogue_edit": row(
            pk="product",
            GET=expect(FORBIDDEN, **_ORDER_STAFF, **_ORDER_WRITERS),
            POST=expect(FORBIDDEN, **_ORDER_STAFF, **_ORDER_WRITERS),
        ),
        "orders_staff:installations": row(
            GET=expect(FORBIDDEN, **_ORDER_STAFF, **_ORDER_WRITERS, technician=OK),
            POST=expect(FORBIDDEN, **_ORDER_STAFF, administrator=OK, manager=OK, technician=OK),
        ),
    }
)
