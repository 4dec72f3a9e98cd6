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
            for name in ("suspend", "reactivate")
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
