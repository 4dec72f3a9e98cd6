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
