"""Numbers, units, codes and Latin text inside right-to-left pages.

Without an isolate, a Persian page shows "15250.00 RUB" as "RUB 15250.00" and
"10.0 MB" as "MB 10.0": the bidi algorithm reorders runs of digits and Latin
letters around their neighbours. `<bdi>` lays out its content on its own (its
direction taken from its first strong letter) and then as one unit in the line.
"""

from django import template
from django.template.defaultfilters import filesizeformat, floatformat
from django.utils.html import format_html
from django.utils.translation import get_language_bidi

register = template.Library()


@register.filter
def bdi(value):
    """Any value (a ticket number T-000123, a phone number, a code) as one isolated unit."""
    if value in (None, ""):
        return ""
    return format_html("<bdi>{}</bdi>", value)


@register.filter
def money(amount, currency=""):
    """`{{ customer.credit_balance|money:customer.currency }}` → <bdi>15,250.00 RUB</bdi>."""
    if amount in (None, ""):
        return ""
    return format_html("<bdi>{}\N{NO-BREAK SPACE}{}</bdi>", floatformat(amount, "2g"), currency)


@register.filter
def filesize(size):
    """Like filesizeformat, isolated: "10.0 MB" stays in that order in Persian."""
    return format_html("<bdi>{}</bdi>", filesizeformat(size))


@register.simple_tag
def arrow():
    """ "from → to" pointing the way the page reads: ← on a right-to-left page."""
    return "\N{LEFTWARDS ARROW}" if get_language_bidi() else "\N{RIGHTWARDS ARROW}"
