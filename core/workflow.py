"""Transition tables and the one runner that applies them.

How a new app uses it (orders as the example):

1. The model has a state field (`TextChoices`) and a timeline model that
   inherits `core.models.ActionRecord` plus a foreign key to the object::

       class OrderAction(ActionRecord):
           order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="actions")

2. One table per state field, declared once (a model may have several, e.g.
   `status` and `payment_state`, each its own `Workflow`)::

       ORDER_FLOW = Workflow(
           model=Order, field="status", action_model=OrderAction, action_fk="order",
           transitions=[
               Transition("confirm", _("Confirm"), sources={S.NEW}, target=S.CONFIRMED,
                          permission="orders.change_order", guard=_sales_only,
                          inputs=[Input("comment", _("Note"))]),
               Transition("cancel", _("Cancel"), sources={S.NEW, S.CONFIRMED}, target=S.CANCELLED,
                          inputs=[Input("comment", _("Reason"), required=_("Say why."))]),
           ],
       )

3. Services call `ORDER_FLOW.run(order, "confirm", by=user, values={"comment": note})`.
   The runner locks the row by primary key, re-reads it, checks the move
   (state, permission, guard, required inputs), applies it, saves with
   `update_fields`, sets the history change reason, writes the action row and
   runs the transition's `after` hook (notifications) — or raises
   `WorkflowError` whose text is the translated refusal for the user.

4. Pages: `moves_for(ORDER_FLOW, order, user)` gives the transitions to offer,
   each with a form built from its `inputs`; the page includes
   `core/_workflow_moves.html` (buttons, forms, ids `action-/open-/move-/confirm-<name>`).
   One POST view per table, after the app's fetch-and-authorise helper::

       order = order_for_user(request.user, pk)
       try:
           run_posted_move(ORDER_FLOW, order, user=request.user, data=request.POST)
       except WorkflowError as error:
           messages.error(request, str(error))

   A new move is one `Transition` entry: its button, form, view and refusal come with it.

A guard is `guard(obj, user) -> str | None`: the refusal message, or None.
"""

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.utils import update_change_reason


class WorkflowError(Exception):
    """A move that is not allowed now; str(error) is a translated message for the user."""


Guard = Callable[[Any, Any], "str | None"]


@dataclass(frozen=True)
class Input:
    """Something a transition asks for. `required` is the message shown when it is missing."""

    name: str
    label: str | Promise
    required: str | Promise = ""
    # How the move form shows it: "text" (a textarea), or "choice" (a <select> of `choices(obj, user)`,
    # a queryset whose objects become the value, or (value, label) pairs).
    widget: str = "text"
    choices: Callable[[Any, Any], "models.QuerySet | Sequence[tuple[Any, str]]"] | None = None
    # Turns a chosen (value, label) value from its text form into the field's type (e.g. int).
    coerce: Callable[[str], Any] = str


@dataclass(frozen=True)
class Transition:
    name: str
    label: str | Promise
    sources: frozenset[str] | set[str]
    # The new state; None for an action that changes other fields but leaves the state as it is.
    target: str | None
    permission: str | None = None
    guard: Guard | None = None
    inputs: tuple[Input, ...] | list[Input] = ()
    # Changes the locked object (beyond the state) and returns the names of the fields it set.
    apply: Callable[[Any, Any, dict], Iterable[str]] | None = None
    # Side effects inside the transaction after the action row is written: (obj, by, values, before).
    after: Callable[[Any, Any, dict, Any], None] | None = None
    # The action row's kind; the transition's name if empty.
    kind: str = ""
    # Which input becomes the action row's comment.
    comment_input: str = "comment"
    # The history change reason: (obj, by, values) -> str; "<name>: <comment>" if None.
    reason: Callable[[Any, Any, dict], str] | None = None
    # A more precise refusal when the state does not fit (e.g. "X has already taken it"): (obj, user) -> str | None.
    explain_state: Guard | None = None
    primary: bool = False

    @property
    def action_kind(self) -> str:
        return self.kind or self.name


@dataclass
class Workflow:
    model: type[models.Model]
    transitions: Iterable[Transition]
    field: str = "status"
    action_model: type[models.Model] | None = None
    action_fk: str = ""
    # Extra values for the action row: (before, after) -> dict, e.g. the queue it came from and went to.
    action_values: Callable[[Any, Any], dict] | None = None
    # Relations read with the locked row, for guards and templates.
    related: tuple[str, ...] = ()
    # A timestamp field set on every move (e.g. "updated_at").
    stamp_field: str = ""
    # The refusals every table shares; %(status)s and %(move)s are filled in.
    state_message: str | Promise = gettext_lazy("“%(move)s” is not possible in the status “%(status)s”.")
    permission_message: str | Promise = gettext_lazy("You may not do this.")
    by_name: dict[str, Transition] = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.by_name = {t.name: t for t in self.transitions}

    def __getitem__(self, name: str) -> Transition:
        try:
            return self.by_name[name]
        except KeyError:
            raise WorkflowError(_("That action is not possible.")) from None

    def __contains__(self, name: str) -> bool:
        return name in self.by_name

    def __iter__(self):
        return iter(self.by_name.values())

    def state_of(self, obj) -> str:
        return getattr(obj, self.field)

    def label_actions(self, actions: Iterable) -> list:
        """The object's action rows, each with `label` (the move as people call it) and
        `from_label`/`to_label` (the states in the reader's language), for timelines."""
        moves = {t.action_kind: str(t.label) for t in self.by_name.values()}
        states = dict(self.model._meta.get_field(self.field).choices or ())
        labelled = list(actions)
        for action in labelled:
            action.label = moves.get(action.kind, action.kind)
            action.from_label = str(states.get(action.from_status, action.from_status))
            action.to_label = str(states.get(action.to_status, action.to_status))
        return labelled

    def state_label(self, obj) -> str:
        return str(getattr(obj, f"get_{self.field}_display")())

    def refusal(self, obj, user, name: str) -> str | None:
        """Why `user` may not make the move `name` on `obj` now, or None if they may."""
        transition = self[name]
        if self.state_of(obj) not in transition.sources:
            explained = transition.explain_state(obj, user) if transition.explain_state else None
            return explained or str(self.state_message) % {
                "status": self.state_label(obj),
                "move": transition.label,
            }
        if transition.permission and not user.has_perm(transition.permission):
            return str(self.permission_message)
        if transition.guard:
            return transition.guard(obj, user)
        return None

    def allowed(self, obj, user) -> list[Transition]:
        """The transitions this user may make on this object now (the buttons on its page)."""
        return [t for t in self.by_name.values() if self.refusal(obj, user, t.name) is None]

    def lock(self, obj):
        """Lock the row, then read it with its relations. Not in one query: on PostgreSQL a
        SELECT … JOIN … FOR UPDATE that waited for another transaction re-checks only the locked
        row, with the joined rows as they were before the wait."""
        manager = self.model._default_manager
        list(manager.select_for_update().filter(pk=obj.pk).values_list("pk", flat=True))
        return manager.select_related(*self.related).get(pk=obj.pk)

    @staticmethod
    def clean_values(transition: Transition, values: dict | None) -> dict:
        cleaned = {key: value.strip() if isinstance(value, str) else value for key, value in (values or {}).items()}
        for needed in transition.inputs:
            if needed.required and cleaned.get(needed.name) in (None, ""):
                raise WorkflowError(str(needed.required))
        return cleaned

    @transaction.atomic
    def run(self, obj, name: str, *, by, values: dict | None = None, reason: str = ""):
        """Make the move `name` on `obj` as `by`; returns the re-read, changed object."""
        transition = self[name]
        values = self.clean_values(transition, values)
        obj = self.lock(obj)
        refused = self.refusal(obj, by, name)
        if refused:
            raise WorkflowError(refused)
        before = copy(obj)
        previous = self.state_of(obj)
        posted_comment = values.get(transition.comment_input)
        # `apply` sees the state the object leaves from; the target is set after it.
        fields = list(transition.apply(obj, by, values)) if transition.apply else []
        if transition.target is not None:
            setattr(obj, self.field, transition.target)
            fields.append(self.field)
        if self.stamp_field:
            setattr(obj, self.stamp_field, timezone.now())
            fields.append(self.stamp_field)
        obj.save(update_fields=list(dict.fromkeys(fields)))
        # Only a declared input, or what `apply` wrote (e.g. "Normal → Urgent"), is recorded:
        # a stray value (a shared form's comment box) is not.
        declared = {needed.name for needed in transition.inputs}
        written = values.get(transition.comment_input)
        recorded = transition.comment_input in declared or written is not posted_comment
        comment = str(written or "") if recorded else ""
        if transition.reason:
            reason = reason or transition.reason(obj, by, values)
        if hasattr(obj, "history"):  # django-simple-history
            update_change_reason(
                obj, (reason or (f"{transition.name}: {comment}" if comment else transition.name))[:100]
            )
        if self.action_model is not None:
            self.action_model._default_manager.create(
                **{self.action_fk: obj},
                kind=transition.action_kind,
                actor=by,
                from_status=previous,
                to_status=self.state_of(obj),
                comment=comment,
                **(self.action_values(before, obj) if self.action_values else {}),
            )
        if transition.after:
            transition.after(obj, by, values, before)
        return obj


def move_form(transition: Transition, obj, user, data=None, *, shown: dict | None = None) -> forms.Form:
    """A form with one field per input of `transition`; its cleaned_data are the runner's values.

    `shown` (for unbound forms on a page) keeps each input's evaluated choices, so that several
    moves offering the same list read it once."""
    fields: dict[str, forms.Field] = {}
    for needed in transition.inputs:
        required = bool(needed.required)
        attrs = {"aria-label": str(needed.label)}
        if needed.widget == "choice":
            options = needed.choices(obj, user) if needed.choices else []
            select = forms.Select(attrs={**attrs, "class": "form-select mb-2"})
            if shown is not None:
                if needed.choices not in shown:
                    listed = list(options)
                    shown[needed.choices] = (
                        [(o.pk, str(o)) for o in listed] if isinstance(options, models.QuerySet) else listed
                    )
                field = forms.ChoiceField(
                    choices=shown[needed.choices], label=needed.label, required=required, widget=select
                )
            elif isinstance(options, models.QuerySet):
                field = forms.ModelChoiceField(
                    queryset=options, label=needed.label, required=required, empty_label=None, widget=select
                )
            else:
                field = forms.TypedChoiceField(
                    choices=list(options), coerce=needed.coerce, label=needed.label, required=required, widget=select
                )
        else:
            textarea = forms.Textarea(
                attrs={**attrs, "rows": 2, "class": "form-control mb-2", "placeholder": str(needed.label)}
            )
            field = forms.CharField(label=needed.label, required=required, max_length=5000, widget=textarea)
        if needed.required:
            field.error_messages["required"] = str(needed.required)
        fields[needed.name] = field
    form_class = type(f"{transition.name.title()}MoveForm", (forms.Form,), fields)
    return form_class(data=data)


def moves_for(flow: Workflow, obj, user) -> list[dict]:
    """What a page shows for the moves `user` may make now: each transition with its (unbound) form."""
    shown: dict = {}
    return [{"transition": t, "form": move_form(t, obj, user, shown=shown)} for t in flow.allowed(obj, user)]


def run_posted_move(flow: Workflow, obj, *, user, data) -> Any:
    """Run the move named by data["action"] with the inputs of a POSTed move form; WorkflowError if refused.

    A missing input is refused with its own message; any other bad value (a choice that is not
    offered, an over-long text) with "That action is not possible."."""
    transition = flow[str(data.get("action", ""))]
    form = move_form(transition, obj, user, data=data)
    if not form.is_valid():
        errors = [error for field_errors in form.errors.as_data().values() for error in field_errors]
        if all(error.code == "required" for error in errors):
            raise WorkflowError(" ".join(str(error.message) for error in errors))
        raise WorkflowError(_("That action is not possible."))
    return flow.run(obj, transition.name, by=user, values=form.cleaned_data)
