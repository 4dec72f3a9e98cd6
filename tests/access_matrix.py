"""The access table that tests/test_access_matrix.py checks every URL against.

One row per URL name: what each persona gets. `pk` names the object an `<int:pk>` stands
for; object URLs are requested with account A's object and with account B's, and a pair
`(for A, for B)` says what each gets when they differ. Account A's ticket is in the queue of
the agent and the technician; account B's is in a queue nobody of them works. Sales and
finance work no queue, so they see no ticket page. `POST` rows are for views that take
only POST (an empty POST: the form is refused, but the scope is checked first).

The admin is covered generically by the test (index, each model's changelist and change
page by the roles' permissions; every other admin page closed to non-staff), not here.
"""

OK = "ok"  # 200 (or 204, or 400 for an empty form): the view answered
LOGIN = "login"  # redirect to the login page
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


ROWS = {
    "core:home": row(GET=expect(REDIRECT, anonymous=LOGIN)),
    "core:portal_home": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
    "core:staff_home": row(GET=expect(OK, anonymous=LOGIN, customer_a=REDIRECT, customer_b=REDIRECT)),
    "core:healthz": row(GET=expect(OK)),
    "accounts:login": row(GET=expect(REDIRECT, anonymous=OK)),
    "accounts:logout": row(GET=expect(NOT_ALLOWED), POST=expect(LOGIN)),
    "accounts:settings": row(GET=expect(OK, anonymous=LOGIN)),
    "accounts:password_change_required": row(GET=expect(OK, anonymous=LOGIN)),
    "accounts:password_reset": row(GET=expect(OK)),
    "accounts:password_reset_done": row(GET=expect(OK)),
    "accounts:password_reset_confirm": row(GET=expect(REDIRECT)),
    "accounts:portal_account": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
    "accounts:customer_logo": row(
        pk="customer",
        GET=expect(OK, anonymous=LOGIN, partner=NOT_FOUND, customer_a=(OK, NOT_FOUND), customer_b=(NOT_FOUND, OK)),
    ),
    "tickets_portal:list": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
    "tickets_portal:new": row(GET=expect(REDIRECT, anonymous=LOGIN, customer_a=OK, customer_b=OK)),
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
    "tickets_staff:folder": row(
        GET=expect(OK, anonymous=LOGIN, partner=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT)
    ),
    "tickets_staff:queue": row(
        pk="queue",
        GET=expect(
            OK,
            anonymous=LOGIN,
            agent=(OK, NOT_FOUND),
            sales=NOT_FOUND,
            technician=(OK, NOT_FOUND),
            finance=NOT_FOUND,
            partner=FORBIDDEN,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
    ),
    "tickets_staff:search": row(
        GET=expect(OK, anonymous=LOGIN, partner=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT)
    ),
    "tickets_staff:new": row(
        GET=expect(OK, anonymous=LOGIN, partner=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT)
    ),
    "tickets_staff:detail": row(
        pk="ticket",
        GET=expect(
            OK,
            anonymous=LOGIN,
            agent=(OK, NOT_FOUND),
            sales=NOT_FOUND,
            technician=(OK, NOT_FOUND),
            finance=NOT_FOUND,
            partner=FORBIDDEN,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
    ),
    "tickets_staff:move": row(
        pk="ticket",
        GET=expect(NOT_ALLOWED, anonymous=LOGIN, partner=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT),
        POST=expect(
            REDIRECT,
            anonymous=LOGIN,
            agent=(REDIRECT, NOT_FOUND),
            sales=NOT_FOUND,
            technician=(REDIRECT, NOT_FOUND),
            finance=NOT_FOUND,
            partner=FORBIDDEN,
        ),
    ),
    "tickets_staff:reply": row(
        pk="ticket",
        GET=expect(NOT_ALLOWED, anonymous=LOGIN, partner=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT),
        POST=expect(
            OK,
            anonymous=LOGIN,
            agent=(OK, NOT_FOUND),
            sales=NOT_FOUND,
            technician=(OK, NOT_FOUND),
            finance=NOT_FOUND,
            partner=FORBIDDEN,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
    ),
    "tickets_staff:comment": row(
        pk="ticket",
        GET=expect(NOT_ALLOWED, anonymous=LOGIN, partner=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT),
        POST=expect(
            OK,
            anonymous=LOGIN,
            agent=(OK, NOT_FOUND),
            sales=NOT_FOUND,
            technician=(OK, NOT_FOUND),
            finance=NOT_FOUND,
            partner=FORBIDDEN,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
    ),
    "tickets_staff:link_outage": row(
        pk="ticket",
        GET=expect(NOT_ALLOWED, anonymous=LOGIN, partner=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT),
        POST=expect(
            REDIRECT,
            anonymous=LOGIN,
            agent=(REDIRECT, NOT_FOUND),
            sales=NOT_FOUND,
            technician=(REDIRECT, NOT_FOUND),
            finance=NOT_FOUND,
            partner=FORBIDDEN,
        ),
    ),
    "tickets_staff:attachment": row(
        pk="attachment",
        GET=expect(
            OK,
            anonymous=LOGIN,
            agent=(OK, NOT_FOUND),
            sales=NOT_FOUND,
            technician=(OK, NOT_FOUND),
            finance=NOT_FOUND,
            partner=FORBIDDEN,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
    ),
    "tickets_staff:interactions": row(
        GET=expect(
            OK,
            anonymous=LOGIN,
            technician=FORBIDDEN,
            finance=FORBIDDEN,
            partner=FORBIDDEN,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        )
    ),
    "tickets_staff:interaction_new": row(
        GET=expect(
            OK,
            anonymous=LOGIN,
            technician=FORBIDDEN,
            finance=FORBIDDEN,
            partner=FORBIDDEN,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        )
    ),
    "tickets_staff:outages": row(
        GET=expect(OK, anonymous=LOGIN, finance=FORBIDDEN, partner=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT)
    ),
    "tickets_staff:outage_new": row(
        GET=expect(FORBIDDEN, anonymous=LOGIN, administrator=OK, manager=OK, customer_a=REDIRECT, customer_b=REDIRECT)
    ),
    "tickets_staff:outage_detail": row(
        pk="outage",
        GET=expect(OK, anonymous=LOGIN, finance=FORBIDDEN, partner=FORBIDDEN, customer_a=REDIRECT, customer_b=REDIRECT),
    ),
    "tickets_staff:outage_notify": row(
        pk="outage",
        GET=expect(
            FORBIDDEN,
            anonymous=LOGIN,
            administrator=NOT_ALLOWED,
            manager=NOT_ALLOWED,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
        POST=expect(
            FORBIDDEN,
            anonymous=LOGIN,
            administrator=REDIRECT,
            manager=REDIRECT,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
    ),
    "tickets_staff:outage_status": row(
        pk="outage",
        GET=expect(
            FORBIDDEN,
            anonymous=LOGIN,
            administrator=NOT_ALLOWED,
            manager=NOT_ALLOWED,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
        POST=expect(
            FORBIDDEN,
            anonymous=LOGIN,
            administrator=REDIRECT,
            manager=REDIRECT,
            customer_a=REDIRECT,
            customer_b=REDIRECT,
        ),
    ),
    "set_language": row(GET=expect(REDIRECT), POST=expect(REDIRECT)),
    "admin_login_redirect": row(GET=expect(LOGIN)),
    "csp_report": row(GET=expect(NOT_ALLOWED), POST=expect(OK)),
}

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
        "billing_staff:contract_document": row(pk="contract_document", GET=_staff(_INVOICE_ROLES)),
        "billing_staff:statement": row(pk="customer", GET=_staff(_INVOICE_ROLES)),
    }
)
