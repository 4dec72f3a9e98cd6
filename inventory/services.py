"""Writes on stock and channels. Every status change goes through the transition table of
inventory.workflow; bulk moves lock their rows, check every row against the table, and then
write one UPDATE, one history insert and one action insert, so that their query count does
not grow with the number of rows."""

from collections.abc import Iterable, Sequence

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.functions import Length
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from accounts.services import user_create
from core.files import CheckedFile
from core.roles import CHANNEL_PARTNER
from core.workflow import WorkflowError
from inventory.models import (
    PATH_SEGMENT_WIDTH,
    Channel,
    ChannelUser,
    ImportJob,
    Number,
    Sim,
    StockKind,
    StockStatus,
    channel_path_segment,
)
from inventory.notify import notify_channel_allocation
from inventory.scope import partner_channel
from inventory.workflow import ORDER_MOVES, flow_for

IMPORT_TYPES = {"text/csv", "text/plain", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
# At most this many refused rows are named in one message.
_NAMED_REFUSALS = 5


def _refusal_message(refusals: list[tuple[object, str]]) -> str:
    named = "; ".join(f"{item}: {reason}" for item, reason in refusals[:_NAMED_REFUSALS])
    more = len(refusals) - _NAMED_REFUSALS
    if more > 0:
        named += " " + ngettext("(and %(count)d more)", "(and %(count)d more)", more) % {"count": more}
    return _("Nothing was changed. %(refusals)s") % {"refusals": named}


def _order_refusal(flow, item, move: str) -> str | None:
    """An order move is checked on the item's state only: the order decided who may make it."""
    if item.status in flow[move].sources:
        return None
    return str(flow.state_message) % {"status": item.get_status_display(), "move": flow[move].label}


@transaction.atomic
def stock_move(
    *,
    model: type[Number] | type[Sim],
    ids: Iterable[int],
    move: str,
    by,
    values: dict | None = None,
    for_order: bool = False,
) -> int:
    """Make the move `move` on every item in `ids`, all or nothing; returns how many moved.

    Rows are locked in primary-key order (two bulk moves never deadlock) and re-read after the
    lock, so a concurrent reservation of the same number makes this one refuse, never both win.
    `for_order`: one of ORDER_MOVES, made by inventory.order_stock for an order."""
    flow = flow_for(model)
    transition = flow[move]
    if for_order != (move in ORDER_MOVES):
        raise WorkflowError(_("That action is not possible."))
    values = flow.clean_values(transition, values)
    wanted = sorted(set(ids))
    if not wanted:
        raise WorkflowError(_("Select at least one item."))
    locked_ids = list(
        model.objects.select_for_update().filter(pk__in=wanted).order_by("pk").values_list("pk", flat=True)
    )
    if len(locked_ids) != len(wanted):
        raise WorkflowError(_("Some of the selected items no longer exist. Nothing was changed."))
    items = list(model.objects.select_related("channel").filter(pk__in=locked_ids).order_by("pk"))
    return _move_locked(model, items, flow=flow, move=move, by=by, values=values, for_order=for_order)


def _move_locked(model, items: list, *, flow, move: str, by, values: dict, for_order: bool) -> int:
    """Check every locked item against the transition table, then write the move (all or nothing)."""
    transition = flow[move]
    refuse = (
        (lambda item: _order_refusal(flow, item, move)) if for_order else (lambda item: flow.refusal(item, by, move))
    )
    refusals = [(item, reason) for item in items if (reason := refuse(item))]
    if refusals:
        raise WorkflowError(_refusal_message(refusals))
    now = timezone.now()
    fields: list[str] = []
    previous = {}
    for item in items:
        previous[item.pk] = item.status
        fields = list(transition.apply(item, by, values)) if transition.apply else []
        if transition.target is not None:
            item.status = transition.target
            fields.append("status")
        item.updated_at = now
        fields.append("updated_at")
    comment = str(values.get("comment") or "")
    reason = (f"{transition.name}: {comment}" if comment else transition.name)[:100]
    action = {"kind": transition.action_kind, "comment": comment}
    if not _save_moved(model, items, list(dict.fromkeys(fields)), by=by, reason=reason, now=now, action=action):
        fk = flow.action_fk
        flow.action_model.objects.bulk_create(
            flow.action_model(
                **{fk: item},
                kind=transition.action_kind,
                actor=by,
                from_status=previous[item.pk],
                to_status=item.status,
                comment=comment,
                created_at=now,
            )
            for item in items
        )
    if move in ("allocate", "allocate_down") and values.get("channel") is not None:
        notify_channel_allocation(channel=values["channel"], model=model, count=len(items), by=by)
    return len(items)


_HISTORY_OWN = {"history_id", "history_date", "history_change_reason", "history_type", "history_user_id"}


def _history_copy(model, ids: list[int], *, by, reason: str, now) -> None:
    """The history rows of an update, copied by the database from the updated rows (one
    INSERT … SELECT): what bulk_history_create writes, without building a Python object and
    a dozen parameters per row."""
    history = model.history.model
    copied = [f.column for f in history._meta.concrete_fields if f.attname not in _HISTORY_OWN]
    columns = ", ".join(f'"{c}"' for c in copied)
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{history._meta.db_table}" ({columns}, "history_date", "history_change_reason", '
            f'"history_type", "history_user_id") SELECT {columns}, %s, %s, %s, %s '
            f'FROM "{model._meta.db_table}" WHERE "id" = ANY(%s) ORDER BY "id"',
            [now, reason, "~", getattr(by, "pk", None), list(ids)],
        )


def _save_moved(model, items: list, fields: list[str], *, by, reason: str, now, action: dict) -> bool:
    """One UPDATE for all the moved rows and one history insert. When every row gets the same
    values (an allocation, a reservation: the usual case) a plain UPDATE … WHERE id IN (…)
    replaces bulk_update's CASE per row, which costs more in Python than in the database; on
    PostgreSQL that UPDATE, the history rows and the action rows are then one statement.

    Returns whether the action rows were written too (the caller writes them otherwise)."""
    attnames = {name: model._meta.get_field(name).attname for name in fields}
    first = items[0]
    same = all(getattr(item, attnames[f]) == getattr(first, attnames[f]) for item in items for f in fields)
    ids = [item.pk for item in items]
    changes = {attnames[f]: getattr(first, attnames[f]) for f in fields}
    if same and connection.vendor == "postgresql":
        _update_with_records(model, ids, changes, by=by, reason=reason, now=now, action=action)
        return True
    if same:
        model.objects.filter(pk__in=ids).update(**changes)
        _history_copy(model, ids, by=by, reason=reason, now=now)
    else:
        bulk_update_with_history(items, model, fields, default_user=by, default_change_reason=reason, default_date=now)
    return False


def _update_with_records(model, ids: list[int], changes: dict, *, by, reason: str, now, action: dict) -> None:
    """UPDATE … RETURNING feeding the history INSERT and the action INSERT: one statement (PostgreSQL)."""
    table = model._meta.db_table
    history = model.history.model
    flow = flow_for(model)
    action_table = flow.action_model._meta.db_table
    action_fk = flow.action_model._meta.get_field(flow.action_fk).column
    copied = [f.column for f in history._meta.concrete_fields if f.attname not in _HISTORY_OWN]
    columns = ", ".join(f'"{c}"' for c in copied)
    moved_columns = ", ".join(f'moved."{c}"' for c in copied)
    assignments = ", ".join(f'"{model._meta.get_field(name).column}" = %s' for name in changes)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH old AS (
                SELECT "id", "status" FROM "{table}" WHERE "id" = ANY(%s)
            ), moved AS (
                UPDATE "{table}" SET {assignments} WHERE "id" = ANY(%s) RETURNING *
            ), recorded AS (
                INSERT INTO "{history._meta.db_table}" ({columns}, "history_date", "history_change_reason",
                    "history_type", "history_user_id")
                SELECT {moved_columns}, %s, %s, '~', %s FROM moved ORDER BY moved."id"
            )
            INSERT INTO "{action_table}" ("{action_fk}", "kind", "actor_id", "from_status", "to_status", "comment",
                "created_at")
            SELECT moved."id", %s, %s, old."status", moved."status", %s, %s
            FROM moved JOIN old ON old."id" = moved."id" ORDER BY moved."id"
            """,
            [
                list(ids),
                *changes.values(),
                list(ids),
                now,
                reason,
                getattr(by, "pk", None),
                action["kind"],
                getattr(by, "pk", None),
                action["comment"],
                now,
            ],
        )


@transaction.atomic
def stock_take_next(
    *,
    model: type[Number] | type[Sim],
    count: int,
    move: str,
    by,
    values: dict,
    filters: Q | None = None,
    status: str = StockStatus.AVAILABLE,
    for_order: bool = False,
) -> list[int]:
    """Make `move` on the next `count` available items (lowest first) matching `filters`.

    SKIP LOCKED: twenty requests at once each take different rows instead of queueing for
    the same ones; an item another transaction holds is simply not offered. The rows are
    locked and read in one query (never waiting, so the joined channel is the current one),
    checked against the transition table like any bulk move, and written in one statement."""
    if count < 1 or count > settings.INVENTORY_MAX_BULK:
        raise WorkflowError(_("Take between 1 and %(max)d items at once.") % {"max": settings.INVENTORY_MAX_BULK})
    flow = flow_for(model)
    transition = flow[move]
    if for_order != (move in ORDER_MOVES):
        raise WorkflowError(_("That action is not possible."))
    values = flow.clean_values(transition, values)
    order = "msisdn" if model is Number else "iccid"
    items = list(
        model.objects.filter(filters or Q(), status=status)
        .select_related("channel")
        .select_for_update(skip_locked=True, of=("self",))
        .order_by(order)[:count]
    )
    if len(items) < count:
        raise WorkflowError(
            ngettext("Only %(count)d item is available.", "Only %(count)d items are available.", len(items))
            % {"count": len(items)}
        )
    _move_locked(model, items, flow=flow, move=move, by=by, values=values, for_order=for_order)
    return [item.pk for item in items]


def _range_numbers(prefix: str, first: str, last: str) -> list[str]:
    if not (prefix + first).isdigit() or not last.isdigit():
        raise WorkflowError(_("A range is made of digits only."))
    if len(first) != len(last):
        raise WorkflowError(_("“From” and “to” must have the same number of digits."))
    if len(prefix + first) > 15 or len(prefix + first) < 5:
        raise WorkflowError(_("A number has 5 to 15 digits."))
    low, high = int(first), int(last)
    if low > high:
        raise WorkflowError(_("“From” must not be greater than “to”."))
    if high - low + 1 > settings.INVENTORY_MAX_RANGE:
        raise WorkflowError(
            _("A range holds at most %(max)d numbers; load more with a file.") % {"max": settings.INVENTORY_MAX_RANGE}
        )
    return [f"{prefix}{value:0{len(first)}d}" for value in range(low, high + 1)]


@transaction.atomic
def number_range_create(
    *, prefix: str, first: str, last: str, by, kind: str = StockKind.REGULAR, region: str = "", price_class: str = ""
) -> int:
    """Load the numbers prefix+first … prefix+last as available stock; refused whole if any exists."""
    msisdns = _range_numbers(prefix, first, last)
    clash = (
        Number.objects.annotate(digits=Length("msisdn"))
        .filter(digits=len(msisdns[0]), msisdn__gte=msisdns[0], msisdn__lte=msisdns[-1])
        .order_by("msisdn")
        .values_list("msisdn", flat=True)
        .first()
    )
    if clash:
        raise WorkflowError(_("The range overlaps the stock: %(number)s already exists.") % {"number": clash})
    return numbers_load(
        rows=[{"msisdn": m, "kind": kind, "region": region, "price_class": price_class} for m in msisdns], by=by
    )


def numbers_load(*, rows: Sequence[dict], by, reason: str = "loaded") -> int:
    """Insert checked rows as available numbers, with their history rows (bulk).

    On PostgreSQL the rows go in by COPY into a temporary table and one INSERT … SELECT that
    also writes the history rows (INSERT … RETURNING feeds the history insert): a 100,000-row
    file costs a few seconds, not the minute Django's bulk_create spends building objects."""
    now = timezone.now()
    if connection.vendor == "postgresql":
        return _numbers_copy(rows, by=by, reason=reason, now=now)
    numbers = [
        Number(
            msisdn=row["msisdn"],
            msisdn_reversed=row["msisdn"][::-1],
            kind=row.get("kind") or StockKind.REGULAR,
            region=row.get("region", ""),
            price_class=row.get("price_class", ""),
            sim_id=row.get("sim_id"),
            created_at=now,
            updated_at=now,
        )
        for row in rows
    ]
    bulk_create_with_history(
        numbers, Number, batch_size=2000, default_user=by, default_change_reason=reason, default_date=now
    )
    return len(numbers)


@transaction.atomic
def _numbers_copy(rows: Sequence[dict], *, by, reason: str, now) -> int:
    history = Number.history.model
    copied = [f.column for f in history._meta.concrete_fields if f.attname not in _HISTORY_OWN]
    columns = ", ".join(f'"{c}"' for c in copied)
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMP TABLE _number_load (msisdn varchar(15), kind varchar(10), region varchar(40), "
            "price_class varchar(20), sim_id bigint) ON COMMIT DROP"
        )
        with cursor.cursor.copy("COPY _number_load (msisdn, kind, region, price_class, sim_id) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(
                    (
                        row["msisdn"],
                        row.get("kind") or StockKind.REGULAR,
                        row.get("region", ""),
                        row.get("price_class", ""),
                        row.get("sim_id"),
                    )
                )
        cursor.execute(
            f"""
            WITH loaded AS (
                INSERT INTO "{Number._meta.db_table}" (msisdn, msisdn_reversed, kind, region, price_class, price,
                    status, reserved_for, sim_id, created_at, updated_at)
                SELECT msisdn, reverse(msisdn), kind, region, price_class, 0, %s, '', sim_id, %s, %s
                FROM _number_load
                RETURNING *
            )
            INSERT INTO "{history._meta.db_table}" ({columns}, history_date, history_change_reason, history_type,
                history_user_id)
            SELECT {columns}, %s, %s, '+', %s FROM loaded
            """,
            [StockStatus.AVAILABLE, now, now, now, reason, getattr(by, "pk", None)],
        )
        loaded = cursor.rowcount
        cursor.execute("DROP TABLE _number_load")
    return loaded


def sims_load(*, rows: Sequence[dict], by, reason: str = "loaded") -> list[Sim]:
    now = timezone.now()
    sims = [
        Sim(
            iccid=row["iccid"],
            imsi=row["imsi"],
            pin=row.get("pin", ""),
            puk=row.get("puk", ""),
            kind=row.get("kind") or StockKind.REGULAR,
            region=row.get("region", ""),
            created_at=now,
            updated_at=now,
        )
        for row in rows
    ]
    return bulk_create_with_history(
        sims, Sim, batch_size=2000, default_user=by, default_change_reason=reason, default_date=now
    )


@transaction.atomic
def numbers_pair(*, pairs: Sequence[tuple[Number, Sim]], by) -> int:
    """Put each SIM card with its number (one update and one history insert for all)."""
    numbers = []
    for number, sim in pairs:
        number.sim = sim
        numbers.append(number)
    bulk_update_with_history(numbers, Number, ["sim"], default_user=by, default_change_reason="paired")
    return len(numbers)


def release_expired_reservations(*, now=None) -> int:
    """Give back what expired reservations held, in the name of whoever reserved it."""
    now = now or timezone.now()
    released = 0
    for model in (Number, Sim):
        expired = model.objects.filter(status=StockStatus.RESERVED, reserved_until__lt=now)
        groups: dict[tuple, list[int]] = {}
        for pk, by_id, channel_id in expired.values_list("pk", "reserved_by", "channel"):
            groups.setdefault((by_id, channel_id is not None), []).append(pk)
        for (by_id, with_channel), ids in groups.items():
            by = _user(by_id)
            move = "unreserve_to_channel" if with_channel else "unreserve"
            released += stock_move(model=model, ids=ids, move=move, by=by, values={"comment": "expired"})
    return released


def _user(pk: int):
    return get_user_model().objects.get(pk=pk)


def _set_path(channel: Channel) -> None:
    parent_path = channel.parent.path if channel.parent_id else "/"
    channel.path = f"{parent_path}{channel_path_segment(channel.pk)}/"
    channel.depth = channel.parent.depth + 1 if channel.parent_id else 0


@transaction.atomic
def channel_create(
    *,
    name: str,
    kind: str,
    by,
    parent: Channel | None = None,
    contact_name: str = "",
    contact_phone: str = "",
    address: str = "",
) -> Channel:
    room = Channel._meta.get_field("path").max_length - len(parent.path if parent else "/")
    if room < PATH_SEGMENT_WIDTH + 1:
        raise WorkflowError(_("A channel cannot be placed that deep; choose a parent higher up the tree."))
    channel = Channel(
        name=name, kind=kind, parent=parent, contact_name=contact_name, contact_phone=contact_phone, address=address
    )
    channel._history_user = by
    channel.save()
    _set_path(channel)
    channel.save(update_fields=["path", "depth"])
    return channel


@transaction.atomic
def channel_user_link(*, user, channel: Channel, is_manager: bool = False, by) -> ChannelUser:
    """Make `user` a partner user of `channel` (a partner manager does so for its subtree only)."""
    link, _created = ChannelUser.objects.update_or_create(
        user=user, defaults={"channel": channel, "is_manager": is_manager}
    )
    return link


@transaction.atomic
def import_create(*, upload: CheckedFile, kind: str, load_good_rows: bool, by) -> ImportJob:
    """Store the file and start its job after commit; the request returns at once."""
    if upload.content_type not in IMPORT_TYPES:
        raise WorkflowError(_("Load a CSV or Excel (.xlsx) file."))
    job = ImportJob(kind=kind, original_name=upload.name, load_good_rows=load_good_rows, created_by=by)
    job.file.save(upload.stored_name, upload.upload, save=False)
    job.save()
    from inventory.tasks import run_import

    transaction.on_commit(lambda: run_import.delay(job.pk))
    return job


@transaction.atomic
def partner_user_add(
    *,
    by,
    channel: Channel,
    username: str,
    email: str,
    first_name: str = "",
    last_name: str = "",
    is_manager: bool = False,
) -> ChannelUser:
    """A partner manager adds a user for its channel or one below it; the user gets a temporary password."""
    own = ChannelUser.objects.filter(user=by, is_manager=True).select_related("channel").first()
    if own is None or not channel.path.startswith(own.channel.path):
        raise WorkflowError(_("Only a partner manager adds users, for its own channel and those below it."))
    user, _password = user_create(
        username=username,
        email=email,
        first_name=first_name,
        last_name=last_name,
        groups=[Group.objects.get_or_create(name=CHANNEL_PARTNER)[0]],
        created_by=by,
    )
    return channel_user_link(user=user, channel=channel, is_manager=is_manager, by=by)


def _same_phone(stored: str, given: str) -> bool:
    """The same line, with or without the country code (the last ten digits agree)."""
    a, b = "".join(ch for ch in stored if ch.isdigit()), "".join(ch for ch in given if ch.isdigit())
    return len(b) >= 7 and bool(a) and a[-10:] == b[-10:]


@transaction.atomic
def partner_order_place(
    *,
    by,
    customer_number: str,
    customer_phone: str,
    product,
    quantity: int,
    numbers: Sequence[str] = (),
    delivery_address: str = "",
    notes: str = "",
):
    """A channel partner places and submits a SIM/number order for a customer.

    The customer is named by account number and phone together (a partner does not browse the
    customer base). The order carries the partner's channel code, so it reserves the channel's
    stock (inventory.order_stock) and shows in the channel's and its parents' order lists."""
    from accounts.models import Customer
    from orders.services import Item, order_create

    channel = partner_channel(by)
    if channel is None or channel.status != Channel.Status.ACTIVE:
        raise WorkflowError(_("Only an active channel places orders."))
    customer = Customer.objects.filter(number=customer_number.strip().upper()).first()
    if customer is None or not _same_phone(str(customer.phone or ""), customer_phone):
        raise WorkflowError(_("No customer has this account number and phone."))
    if customer.status != Customer.Status.ACTIVE:
        raise WorkflowError(_("This customer's account is not active."))
    if product is None or product.kind != "sim":
        raise WorkflowError(_("Choose a SIM card or number product."))
    return order_create(
        by=by,
        customer=customer,
        type="sim_purchase",
        items=[Item(product, quantity, stock_reference=", ".join(numbers))],
        delivery_method="courier",
        delivery_address=delivery_address or channel.address or customer.address or channel.name,
        notes=notes,
        contact_phone=str(customer.phone or ""),
        channel_code=channel.code,
    )
