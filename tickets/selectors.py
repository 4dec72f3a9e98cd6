"""Reads for tickets: who may see what, and the lists each page shows.

Scope: a customer user sees their account's tickets; staff with
`tickets.view_ticket` may read every ticket (an agent who forwarded one can
still look it up). Working on a ticket — moves, replies, comments — is for its
queue's agents, its owner and creator and managers (tickets.workflow.may_work).
"""

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, TextField
from django.db.models.expressions import RawSQL
from django.http import Http404

from accounts.models import User
from core.compiled import compiled_list, compiled_rows
from core.counts import cached_count
from core.pagination import OrderedUnion
from tickets.models import (
    QUEUE_NAME_FIELDS,
    Interaction,
    Outage,
    Queue,
    Ticket,
    TicketAction,
    TicketAttachment,
    TicketMessage,
)

S = Ticket.Status
OPEN_STATUSES = [S.OPEN, S.DISPATCH, S.REJECT_RETURN, S.FORWARDED]
WAITING_STATUSES = [S.DISPATCH, S.FORWARDED]
LIST_RELATED = ("queue", "customer", "owner", "creator")
# Long columns no list shows: left in the table, not carried into 25 model instances per page.
LIST_DEFERRED = ("text", "search_vector", "resolution", "return_reason", "rating_comment")
# What a row of the staff lists shows (tickets.templatetags.ticket_rows), and nothing else: each
# column and joined table more is read, converted and set on 25 instances per page.
STAFF_ROW_RELATED = ("queue", "customer", "owner")
STAFF_ROW_COLUMNS = (
    "id",
    "number",
    "subject",
    "status",
    "priority",
    "created_at",
    "updated_at",
    "owner_seen_at",
    "queue__name",
    *(f"queue__{field}" for field in QUEUE_NAME_FIELDS),
    "customer__name",
    "owner__username",
    "owner__first_name",
    "owner__last_name",
)

PORTAL_SORTS = {
    "number": "pk",
    "-number": "-pk",
    "date": "created_at",
    "-date": "-created_at",
    "status": "status",
    "-status": "-status",
    "priority": "priority",
    "-priority": "-priority",
}


def tickets_visible_to(user: User) -> QuerySet[Ticket]:
    tickets = Ticket.objects.all()
    if user.is_customer:
        return tickets.filter(customer_id=user.customer_id)
    if not user.has_perm("tickets.view_ticket"):
        return tickets.none()
    return tickets


def ticket_for_user(user: User, pk: int, *, staff_page: bool = False) -> Ticket:
    """The ticket with everything its page needs, or 404 when it is outside the user's scope.

    Its messages are in `visible_messages`, each with its `files`; the files not attached to a
    message in `ticket_files`. The files come in one query and are sorted out here.

    Its three queries (the ticket, its messages, its files) are compiled once per kind of user
    (core.compiled): on this page, building and compiling them took longer than running them.

    With `staff_page`, the same row also carries what the staff ticket page shows beside it
    (`STAFF_PAGE_EXTRAS`: its history, the customer's other open tickets, latest interactions
    and contracts, the open outages), read as JSON arrays in subqueries of that one SELECT
    instead of five more round trips; `ticket_actions` and `customer_context` then use them."""
    if not user.is_customer and not user.has_perm("tickets.view_ticket"):
        raise Http404
    public_only = user.is_customer or not user.has_perm("tickets.view_internal_notes")
    found = compiled_list(
        "tickets.ticket_page",
        _ticket_page_query,
        shape={"of_customer": user.is_customer, "public_only": public_only, "staff_page": staff_page},
        values={"pk": pk, "user_id": user.pk, "customer_id": user.customer_id if user.is_customer else None},
    )
    if not found:
        raise Http404
    ticket = found[0]
    ticket.visible_messages = compiled_list(
        "tickets.ticket_page.messages", _ticket_messages, shape={"public_only": public_only}, values={"ticket_id": pk}
    )
    ticket.visible_files = compiled_list(
        "tickets.ticket_page.files", _ticket_files, shape={"public_only": public_only}, values={"ticket_id": pk}
    )
    for entry in (*ticket.visible_messages, *ticket.visible_files):
        entry.ticket = ticket
    by_message: dict[int | None, list[TicketAttachment]] = {}
    for attachment in ticket.visible_files:
        by_message.setdefault(attachment.message_id, []).append(attachment)
    ticket.ticket_files = by_message.get(None, [])
    for message in ticket.visible_messages:
        message.files = by_message.get(message.pk, [])
    if staff_page:
        _unpack_staff_page_extras(ticket)
    return ticket


def _ticket_page_query(
    *, pk: int, user_id: int, customer_id: int | None, of_customer: bool, public_only: bool, staff_page: bool
) -> QuerySet[Ticket]:
    """The ticket of ticket_for_user, within a customer's account where `of_customer`."""
    tickets = Ticket.objects.filter(pk=pk)
    if of_customer:
        tickets = tickets.filter(customer_id=customer_id)
    members = Queue.members.through.objects.filter(queue_id=OuterRef("queue_id"), user_id=user_id)
    return (
        tickets.annotate(viewer_in_queue=Exists(members))
        .select_related("queue", "customer", "owner", "creator", "outage")
        .defer("search_vector")  # the page never shows it; it is the row's longest column
        .annotate(**(_staff_page_extras() if staff_page else {}))[:1]
    )


def _ticket_messages(*, ticket_id: int, public_only: bool) -> QuerySet[TicketMessage]:
    messages = TicketMessage.objects.filter(ticket_id=ticket_id).select_related("author")
    return messages.filter(kind=TicketMessage.Kind.PUBLIC) if public_only else messages


def _ticket_files(*, ticket_id: int, public_only: bool) -> QuerySet[TicketAttachment]:
    files = TicketAttachment.objects.filter(ticket_id=ticket_id)
    if public_only:
        return files.filter(Q(message__isnull=True) | Q(message__kind=TicketMessage.Kind.PUBLIC))
    return files


def ticket_actions(ticket: Ticket) -> list[TicketAction]:
    if hasattr(ticket, "page_actions"):
        return ticket.page_actions
    return list(ticket.actions.select_related("actor", "from_queue", "to_queue"))


# --- The staff ticket page's side reads, folded into the ticket's SELECT --------------------------
# One hand-written subquery builds a JSON object of five small lists (the ticket's history with
# actor and queue names, the customer's other open tickets, latest interactions and contracts, the
# open outages); its SQL is composed once at import, so a request pays one round trip and no ORM
# compilation for them. Python turns each row into an unsaved model instance, so the template's
# `get_kind_display`, `display_name`, `str(actor)` and `|date` work as before.
_QUEUE_NAME = ("name", *QUEUE_NAME_FIELDS)


def _staff_page_sql() -> str:
    t, a, u, q = (m._meta.db_table for m in (Ticket, TicketAction, User, Queue))
    i, o = Interaction._meta.db_table, Outage._meta.db_table
    queue_cols = ", ".join(f"fq.{f} AS from_queue__{f}, tq.{f} AS to_queue__{f}" for f in _QUEUE_NAME)
    lists = {
        "actions": f"""SELECT x.id, x.kind, x.from_status, x.to_status, x.comment, x.created_at, x.actor_id,
            x.from_queue_id, x.to_queue_id, u.username AS actor__username, u.first_name AS actor__first_name,
            u.last_name AS actor__last_name, {queue_cols}
            FROM {a} x JOIN {u} u ON u.id = x.actor_id LEFT JOIN {q} fq ON fq.id = x.from_queue_id
            LEFT JOIN {q} tq ON tq.id = x.to_queue_id WHERE x.ticket_id = {t}.id ORDER BY x.created_at, x.id""",
        "others": f"""SELECT x.id, x.number, x.subject FROM {t} x WHERE x.customer_id = {t}.customer_id
            AND x.status = ANY(%s) AND x.id <> {t}.id ORDER BY x.created_at DESC LIMIT 5""",
        "interactions": f"""SELECT x.id, x.kind, x.occurred_at, x.summary FROM {i} x
            WHERE x.customer_id = {t}.customer_id ORDER BY x.occurred_at DESC LIMIT 5""",
        "contracts": f"""SELECT x.contract_number FROM {t} x WHERE x.customer_id = {t}.customer_id
            AND x.contract_number <> '' ORDER BY x.created_at DESC LIMIT 20""",
        "outages": f"""SELECT x.id, x.area, x.services FROM {o} x WHERE x.status <> %s
            ORDER BY x.starts_at DESC LIMIT 20""",
    }
    parts = ", ".join(f"'{name}', (SELECT coalesce(json_agg(r), '[]') FROM ({sql}) r)" for name, sql in lists.items())
    return f"json_build_object({parts})::text"


_STAFF_PAGE_SQL = _staff_page_sql()


def _staff_page_extras() -> dict:
    params = ([str(status) for status in OPEN_STATUSES], str(Outage.Status.RESOLVED))
    return {"staff_page_json": RawSQL(_STAFF_PAGE_SQL, params, output_field=TextField())}  # nosec B611: no input


def _json_time(value: str | None):
    return datetime.fromisoformat(value) if value else None


def _unpack_staff_page_extras(ticket: Ticket) -> None:
    queues: dict[int, Queue] = {}

    def queue(row: dict, side: str) -> Queue | None:
        pk = row[f"{side}_id"]
        if pk is None:
            return None
        if pk not in queues:
            queues[pk] = Queue(id=pk, **{field: row[f"{side}__{field}"] or "" for field in _QUEUE_NAME})
        return queues[pk]

    extras = json.loads(ticket.staff_page_json)
    actions = []
    for row in extras["actions"]:
        action = TicketAction(
            id=row["id"],
            ticket=ticket,
            kind=row["kind"],
            from_status=row["from_status"],
            to_status=row["to_status"],
            comment=row["comment"],
            created_at=_json_time(row["created_at"]),
            actor=User(
                id=row["actor_id"],
                username=row["actor__username"],
                first_name=row["actor__first_name"],
                last_name=row["actor__last_name"],
            ),
            from_queue=queue(row, "from_queue"),
            to_queue=queue(row, "to_queue"),
        )
        actions.append(action)
    ticket.page_actions = actions
    ticket.other_open = [Ticket(id=row["id"], number=row["number"], subject=row["subject"]) for row in extras["others"]]
    ticket.recent_interactions = [
        Interaction(
            id=row["id"],
            customer_id=ticket.customer_id,
            kind=row["kind"],
            occurred_at=_json_time(row["occurred_at"]),
            summary=row["summary"],
        )
        for row in extras["interactions"]
    ]
    ticket.contracts_on_file = sorted({row["contract_number"] for row in extras["contracts"]})
    ticket.open_outages = [
        Outage(id=row["id"], area=row["area"], services=row["services"]) for row in extras["outages"]
    ]


def attachment_for_user(user: User, pk: int) -> TicketAttachment:
    attachment = (
        TicketAttachment.objects.select_related("message", "ticket")
        .filter(pk=pk, ticket__in=tickets_visible_to(user).values("pk"))
        .first()
    )
    if attachment is None:
        raise Http404
    if attachment.is_internal and (user.is_customer or not user.has_perm("tickets.view_internal_notes")):
        raise Http404
    return attachment


@dataclass(frozen=True)
class PortalFilters:
    state: str = "all"  # all | open | closed | waiting
    sort: str = "-date"
    query: str = ""
    day: date | None = None


def portal_ticket_counts(user: User) -> dict[str, int]:
    visible = tickets_visible_to(user)
    waiting = visible.waiting_for_customer().values("pk")
    counts = visible.aggregate(
        all=Count("pk"), closed=Count("pk", filter=Q(status=S.CLOSED)), waiting=Count("pk", filter=Q(pk__in=waiting))
    )
    return {
        "all": counts["all"],
        "open": counts["all"] - counts["closed"],
        "closed": counts["closed"],
        "waiting": counts["waiting"],
    }


def portal_ticket_list(*, user: User, filters: PortalFilters) -> QuerySet[Ticket]:
    return _portal_tickets(tickets_visible_to(user), filters)


def portal_list_compiled(*, user: User, filters: PortalFilters) -> tuple | None:
    """portal_ticket_list as page_of's `compiled_as`; None for a search, whose SQL depends on its text."""
    if filters.query or not user.is_customer:
        return None

    def build(*, customer_id: int, day: date | None) -> QuerySet[Ticket]:
        return _portal_tickets(Ticket.objects.filter(customer_id=customer_id), replace(filters, day=day))

    name = f"tickets.portal_list:{filters.state}:{PORTAL_SORTS.get(filters.sort)}"
    return name, build, {"customer_id": user.customer_id, "day": filters.day}


def _portal_tickets(tickets: QuerySet[Ticket], filters: PortalFilters) -> QuerySet[Ticket]:
    tickets = tickets.select_related("queue").defer(*LIST_DEFERRED)
    if filters.state == "open":
        tickets = tickets.exclude(status=S.CLOSED)
    elif filters.state == "closed":
        tickets = tickets.filter(status=S.CLOSED)
    elif filters.state == "waiting":
        tickets = tickets.waiting_for_customer()
    if filters.day:
        tickets = tickets.filter(created_at__date=filters.day)
    if filters.query:
        tickets = _match(tickets, filters.query, fields=("subject",), number=Ticket.normalise_number(filters.query))
    return tickets.order_by(PORTAL_SORTS.get(filters.sort, "-created_at"), "-pk")


def _match(tickets: QuerySet[Ticket], query: str, *, fields: tuple[str, ...], number: str | None) -> QuerySet[Ticket]:
    """Number match (`number`: Ticket.normalise_number of the query), or full-text on PostgreSQL, or LIKE on SQLite."""
    by_number = Q(number=number) if number is not None else Q(pk__in=[])
    if connection.vendor == "postgresql":
        search = SearchQuery(query, config="simple", search_type="websearch")
        return tickets.filter(by_number | Q(search_vector=search))
    text = Q()
    for field in fields:
        text |= Q(**{f"{field}__icontains": query})
    return tickets.filter(by_number | text)


def staff_rows(tickets: QuerySet[Ticket]) -> QuerySet[Ticket]:
    """The joins and columns of a staff list's rows."""
    return tickets.select_related(*STAFF_ROW_RELATED).only(*STAFF_ROW_COLUMNS)


def with_workspace_cues(tickets: QuerySet[Ticket]) -> QuerySet[Ticket]:
    """Mark, inside the list's own query, the tickets that were ever reopened (e.g. by a customer's "thanks")."""
    reopened = TicketAction.objects.filter(ticket=OuterRef("pk"), kind=TicketAction.Kind.REOPENED)
    return tickets.annotate(was_reopened=Exists(reopened))


def _folder_parts(*, user_id: int) -> list[QuerySet[Ticket]]:
    not_closed = Ticket.objects.filter(status__in=OPEN_STATUSES)
    return [not_closed.filter(owner_id=user_id), not_closed.filter(creator_id=user_id)]


def staff_folder(*, user: User) -> OrderedUnion:
    """What I created that is not closed, and what I own; latest change first."""
    return OrderedUnion(
        _folder_parts(user_id=user.pk),
        ordering=("-updated_at", "-id"),
        load=with_workspace_cues(staff_rows(Ticket.objects.all())),
        cached_as=("tickets", f"folder:{user.pk}"),
        compiled_as=("tickets.folder", _folder_parts, {"user_id": user.pk}),
    )


def waiting_per_queue() -> dict[int, int]:
    """What waits in each queue, from the cache until a ticket changes (one grouped count when it does)."""
    return cached_count(
        "tickets",
        "waiting-per-queue",
        lambda: dict(
            Ticket.objects.filter(status__in=WAITING_STATUSES)
            .order_by()
            .values_list("queue")
            .annotate(n=Count("pk"))
            .values_list("queue", "n")
        ),
    )


def _sidebar_queues_query(*, user_id: int | None) -> QuerySet[Queue]:
    queues = Queue.objects.filter(is_active=True)
    if user_id is not None:
        queues = queues.filter(members__id=user_id)
    return queues.order_by("name").values_list("pk", *_QUEUE_NAME)


def queues_for(user: User, *, waiting: dict[int, int] | None = None) -> list[Queue]:
    """The user's queues, each with `waiting` (pass waiting_per_queue() when already read): names
    and keys only, read by a query compiled once (core.compiled), as unsaved instances."""
    member = None if user.has_perm("tickets.view_all_tickets") else user.pk
    rows = compiled_rows("tickets.sidebar", _sidebar_queues_query, shape={}, values={"user_id": member})
    waiting = waiting_per_queue() if waiting is None else waiting
    queues = []
    for pk, *names in rows:
        queue = Queue(id=pk, **dict(zip(_QUEUE_NAME, names, strict=True)))
        queue.waiting = waiting.get(pk, 0)
        queues.append(queue)
    return queues


def queues_visible_to(user: User) -> QuerySet[Queue]:
    """Managers see every queue, other staff the queues they work."""
    return Queue.objects.all() if user.has_perm("tickets.view_all_tickets") else Queue.objects.filter(members=user)


def queue_with_sidebar(user: User, pk: int, *, waiting: dict[int, int]) -> tuple[Queue, list[Queue]]:
    """The queue a page shows (404 outside the user's) and the sidebar's queues (queues_for), in one query."""
    found = list(queues_visible_to(user).filter(Q(is_active=True) | Q(pk=pk)).order_by("name"))
    current = next((queue for queue in found if queue.pk == pk), None)
    if current is None:
        raise Http404
    sidebar = [queue for queue in found if queue.is_active]
    for queue in found:
        queue.waiting = waiting.get(queue.pk, 0)
    return current, sidebar


def queue_tickets(*, queue_id: int) -> QuerySet[Ticket]:
    """Waiting in the queue: dispatched or forwarded to it, nobody working on it yet."""
    waiting = Ticket.objects.filter(queue_id=queue_id, status__in=WAITING_STATUSES)
    return with_workspace_cues(staff_rows(waiting)).order_by("-priority", "created_at", "pk")


@dataclass(frozen=True)
class StaffSearch:
    query: str = ""
    customer: str = ""
    contract: str = ""
    phone: str = ""
    status: str = ""
    queue: Queue | None = None
    owner: User | None = None
    since: date | None = None
    until: date | None = None

    @property
    def is_empty(self) -> bool:
        return not any(
            [
                self.query,
                self.customer,
                self.contract,
                self.phone,
                self.status,
                self.queue,
                self.owner,
                self.since,
                self.until,
            ]
        )


def staff_search(*, user: User, criteria: StaffSearch) -> QuerySet[Ticket]:
    return _searched(staff_rows(tickets_visible_to(user)), criteria, number=Ticket.normalise_number(criteria.query))


def staff_search_compiled(*, user: User, criteria: StaffSearch) -> tuple | None:
    """staff_search as page_of's `compiled_as`: one compiled query per set of criteria given (and
    whether the text is a ticket number), for staff who may read every ticket."""
    if user.is_customer or not user.has_perm("tickets.view_ticket"):
        return None
    values = {
        "query": criteria.query,
        "number": Ticket.normalise_number(criteria.query),
        "customer": criteria.customer,
        "contract": criteria.contract,
        "phone": criteria.phone,
        "status": criteria.status,
        "queue_id": criteria.queue.pk if criteria.queue else None,
        "owner_id": criteria.owner.pk if criteria.owner else None,
        "since": criteria.since,
        "until": criteria.until,
    }
    values = {name: value or None for name, value in values.items()}

    def build(*, number, queue_id, owner_id, **given) -> QuerySet[Ticket]:
        asked = StaffSearch(
            **{name: value or "" for name, value in given.items() if name not in ("since", "until")},
            queue=Queue(pk=queue_id) if queue_id else None,
            owner=User(pk=owner_id) if owner_id else None,
            since=given["since"],
            until=given["until"],
        )
        return _searched(staff_rows(Ticket.objects.all()), asked, number=number)

    return "tickets.search", build, values


def _searched(tickets: QuerySet[Ticket], criteria: StaffSearch, *, number: str | None) -> QuerySet[Ticket]:
    if criteria.query:
        tickets = _match(tickets, criteria.query, fields=("subject", "text"), number=number)
    if criteria.customer:
        tickets = tickets.filter(Q(customer__name__icontains=criteria.customer) | Q(customer__number=criteria.customer))
    if criteria.contract:
        tickets = tickets.filter(contract_number=criteria.contract.strip())
    if criteria.phone:
        tickets = tickets.filter(contact_phone=criteria.phone)
    if criteria.status:
        tickets = tickets.filter(status=criteria.status)
    if criteria.queue:
        tickets = tickets.filter(queue=criteria.queue)
    if criteria.owner:
        tickets = tickets.filter(owner=criteria.owner)
    if criteria.since:
        tickets = tickets.filter(created_at__date__gte=criteria.since)
    if criteria.until:
        tickets = tickets.filter(created_at__date__lte=criteria.until)
    # Newest first, not by rank: ranking must score every match, and staff look for recent tickets.
    return tickets.order_by("-created_at", "-pk")


def customer_context(*, ticket: Ticket, user: User) -> dict:
    """The customer beside a ticket: account, other open tickets, latest interactions."""
    if hasattr(ticket, "other_open") and user.has_perm("tickets.view_ticket") and not user.is_customer:
        # Read with the ticket (ticket_for_user(staff_page=True)); staff with view_ticket see every ticket.
        return {
            "other_tickets": ticket.other_open,
            "interactions": ticket.recent_interactions,
            "contracts": ticket.contracts_on_file,
        }
    others = list(
        tickets_visible_to(user)
        .filter(customer_id=ticket.customer_id, status__in=OPEN_STATUSES)
        .exclude(pk=ticket.pk)
        .select_related("queue")
        .defer(*LIST_DEFERRED)
        .order_by("-created_at")[:5]
    )
    interactions = list(
        Interaction.objects.filter(customer_id=ticket.customer_id).select_related("staff").order_by("-occurred_at")[:5]
    )
    contracts = sorted(
        set(
            Ticket.objects.filter(customer_id=ticket.customer_id)
            .exclude(contract_number="")
            .values_list("contract_number", flat=True)[:20]
        )
    )
    return {"other_tickets": others, "interactions": interactions, "contracts": contracts}


def interactions_for(*, user: User, customer_id: int | None = None) -> QuerySet[Interaction]:
    interactions = Interaction.objects.select_related("customer", "staff", "ticket")
    if customer_id:
        interactions = interactions.filter(customer_id=customer_id)
    return interactions.order_by("-occurred_at", "-pk")


def _current_outages() -> list[Outage]:
    """Active and planned outages, newest first: a handful, read on every portal list and home page,
    so kept in the cache until an outage changes (scope "outages", tickets.apps)."""
    return cached_count(
        "outages",
        "current",
        lambda: list(Outage.objects.filter(status__in=[Outage.Status.ACTIVE, Outage.Status.PLANNED])),
    )


def active_outages_for_customer(customer_id: int, area: str) -> list[Outage]:
    if not area:
        return []
    return [outage for outage in _current_outages() if outage.area.upper() == area.upper()]


def active_outages_for_user(user: User) -> list[Outage]:
    """The outages in a customer user's area (the account comes with the user: no query)."""
    if not user.customer_id:
        return []
    return active_outages_for_customer(user.customer_id, user.customer.area)


def open_outages(ticket: Ticket | None = None) -> list[Outage]:
    """The outages a ticket may be linked to (not resolved, newest first, at most 20)."""
    if ticket is not None and hasattr(ticket, "open_outages"):
        return ticket.open_outages
    return list(Outage.objects.exclude(status=Outage.Status.RESOLVED).order_by("-starts_at")[:20])


def current_outages() -> list[Outage]:
    """Active and planned outages, for the staff workspace."""
    return _current_outages()[:10]


def outage_list() -> QuerySet[Outage]:
    return Outage.objects.select_related("declared_by").annotate(ticket_count=Count("tickets")).order_by("-starts_at")
