"""The customer 360 tabs of apps that do not know the customers app: open tickets, open orders,
interactions. Registered from HomeConfig.ready() (home is the one app that may import them all)."""

from django.utils.translation import gettext_lazy as _

from accounts.customer_tabs import CustomerTab, register_customer_tab
from orders.selectors import orders_visible_to
from orders.workflow import OPEN_STATES
from tickets.models import Interaction, Ticket
from tickets.selectors import tickets_visible_to


def open_tickets(user, customer):
    return tickets_visible_to(user).filter(customer=customer).exclude(status=Ticket.Status.CLOSED).order_by("-pk")


def open_orders(user, customer):
    return orders_visible_to(user).filter(customer=customer, status__in=OPEN_STATES).order_by("-created_at", "-id")


def interactions(user, customer):
    if not user.has_perm("tickets.view_interaction"):
        return Interaction.objects.none()
    return Interaction.objects.filter(customer=customer).select_related("staff").order_by("-occurred_at", "-pk")


def register() -> None:
    register_customer_tab(
        CustomerTab("tickets", _("Open tickets"), rows=open_tickets, template="customers/tabs/_tickets.html", order=20)
    )
    register_customer_tab(
        CustomerTab("orders", _("Open orders"), rows=open_orders, template="customers/tabs/_orders.html", order=30)
    )
    register_customer_tab(
        CustomerTab(
            "interactions", _("Interactions"), rows=interactions, template="customers/tabs/_interactions.html", order=40
        )
    )
