"""The customer's wording of an order's status, for portal pages: `{{ order|customer_status }}`.

The model's label ("Activation failed") is the staff's; customers read orders.notices.STATUS_LABELS
("Activation delayed: our staff are on it"), as in their step bar, timeline and notifications."""

from django import template

from orders.notices import STATUS_LABELS

register = template.Library()


@register.filter
def customer_status(order) -> str:
    return str(STATUS_LABELS.get(order.status, order.get_status_display()))
