"""`{% crispy_cached form %}`: `{% crispy form %}`, with the HTML of an empty form kept per process.

Rendering a form through crispy costs several milliseconds (a template per field and per
wrapper). A page that shows the same empty form on every view — the reply and comment boxes of
the staff ticket page — gets the same HTML each time for a given form class, prefix and
language, so it is rendered once and then reused. Only forms that say so
(`cache_unbound_html = True`: fixed fields, no choices read from the database, no initial
values) and only while unbound: a form coming back with errors or data is rendered as usual.
"""

from copy import copy

from crispy_forms.templatetags.crispy_forms_tags import CrispyFormNode
from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

_rendered: dict[tuple, str] = {}
_node = CrispyFormNode("form", None)


def _render(context, form) -> str:
    with context.push(form=form):
        return _node.render(context)


@register.simple_tag(takes_context=True)
def crispy_cached(context, form) -> str:
    if form.is_bound or form.initial or not getattr(form, "cache_unbound_html", False):
        return mark_safe(_render(context, form))  # nosec B308 B703: crispy's own escaped output
    key = (type(form), form.prefix, form.auto_id, get_language())
    html = _rendered.get(key)
    if html is None:
        # Never keep a CSRF token: it is the first requester's, and the page's own <form> writes its own.
        helper = copy(form.helper)
        helper.disable_csrf = True
        form.helper = helper
        html = _rendered[key] = _render(context, form)
    return mark_safe(html)  # nosec B308 B703: crispy's own escaped output
