"""Form widgets that write Django's own HTML in Python.

`FormRenderer` (settings.FORM_RENDERER) writes `<input>` and `<textarea>` widgets the same way:
Django renders each through two templates (the widget's and `attrs.html`), which cost more
than the rest of a small form; every form of the site, crispy ones included, goes through it.

A `<select>` rendered through Django's templates costs an `{% include %}` per option and per
attribute: a search form with a queue and an owner list spent a third of the search page on
it. `Select` here writes exactly what `django/forms/widgets/select.html` and
`select_option.html` write (tests/core/test_widgets.py compares them), from the same
`get_context()`; a subclass that changes `template_name` or `option_template_name` is rendered
by the templates as before.
"""

from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language

from core.counts import cached_count

SELECT_TEMPLATE = "django/forms/widgets/select.html"
OPTION_TEMPLATE = "django/forms/widgets/select_option.html"


def _text(value) -> str:
    """`{{ value }}` in a template: localized and escaped."""
    return conditional_escape(localize(value))


def _formatted(value) -> str:
    """`{{ value|stringformat:'s' }}`: the filter keeps a safe value safe."""
    text = "%s" % (value,)  # noqa: UP031 (what the filter does)
    return mark_safe(text) if isinstance(value, SafeData) else conditional_escape(text)  # nosec B308 B703


def render_attrs(attrs: dict) -> str:
    """django/forms/widgets/attrs.html."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {_text(name)}")
        if value is not True:
            parts.append(f'="{_formatted(value)}"')
    return "".join(parts)


# Templates that are `input.html` and nothing else (Django's checkbox.html included: its
# context already holds the `checked` attribute).
INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in (
        "input",
        "text",
        "number",
        "email",
        "url",
        "password",
        "hidden",
        "date",
        "datetime",
        "time",
        "search",
        "tel",
        "color",
        "checkbox",
    )
)
TEXTAREA_TEMPLATE = "django/forms/widgets/textarea.html"


class FormRenderer(DjangoTemplates):
    """Django's default renderer, with the plain widgets written in Python
    (tests/core/test_widgets.py compares each with the template's output)."""

    def render(self, template_name, context, request=None):
        if template_name in INPUT_TEMPLATES:
            return input_html(context["widget"])
        if template_name == TEXTAREA_TEMPLATE:
            return textarea_html(context["widget"])
        return super().render(template_name, context, request)


def input_html(widget: dict) -> str:
    """django/forms/widgets/input.html."""
    value = "" if widget["value"] is None else f' value="{_formatted(widget["value"])}"'
    return mark_safe(  # nosec B308 B703: every value is escaped
        f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{value}{render_attrs(widget["attrs"])}>'
    )


def textarea_html(widget: dict) -> str:
    """django/forms/widgets/textarea.html."""
    value = _text(widget["value"]) if widget["value"] else ""
    return mark_safe(  # nosec B308 B703: every value is escaped
        f'<textarea name="{_text(widget["name"])}"{render_attrs(widget["attrs"])}>\n{value}</textarea>'
    )


class Select(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        if self.template_name != SELECT_TEMPLATE or self.option_template_name != OPTION_TEMPLATE:
            return super().render(name, value, attrs, renderer)
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{_text(widget["name"])}"{render_attrs(widget["attrs"])}>']
        for group_name, group_choices, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{_text(group_name)}">')
            for option in group_choices:
                parts.append(
                    f'\n  <option value="{_formatted(option["value"])}"{render_attrs(option["attrs"])}>'
                    f"{_text(option['label'])}</option>\n"
                )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")  # the renderer strips the template's last newline
        return mark_safe("".join(parts))  # nosec B308 B703: every value above is escaped


class ListedModelChoiceIterator(forms.models.ModelChoiceIterator):
    """The choices read with one plain query. Django reads them with `iterator()`, which on
    PostgreSQL is a server-side cursor: DECLARE, FETCH and CLOSE, three round trips for a list of
    a few dozen rows (queues, staff members). With the field's `cached_as`, the (value, label)
    pairs come from core.counts, per language, until the scope changes."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if self.field.cached_as:
            scope, name = self.field.cached_as
            pairs = cached_count(scope, f"choices:{name}:{get_language()}", self._pairs)
            for pk, label in pairs:
                yield (forms.models.ModelChoiceIteratorValue(pk, None), label)
            return
        for obj in self.queryset.all():
            yield self.choice(obj)

    def _pairs(self) -> list[tuple]:
        return [(obj.pk, str(self.field.label_from_instance(obj))) for obj in self.queryset.all()]


class ListedModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField for short lists (see ListedModelChoiceIterator).

    `cached_as=(scope, name)`: its choices are cached under a core.counts scope that the app
    invalidates when the listed model changes (`invalidate_on_change(scope, Model)`)."""

    iterator = ListedModelChoiceIterator

    def __init__(self, *args, cached_as: tuple[str, str] | None = None, **kwargs):
        self.cached_as = cached_as
        super().__init__(*args, **kwargs)
