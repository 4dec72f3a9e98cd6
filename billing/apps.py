from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BillingConfig(AppConfig):
    name = "billing"
    verbose_name = _("Billing")

    def ready(self) -> None:
        from billing import events, menus, roles, selectors
        from billing.models import Invoice
        from core.contracts import register_contract_lookup
        from core.counts import invalidate_on_change
        from core.navigation import PORTAL, STAFF, register_menu
        from core.roles import register_role_permissions
        from notifications.defaults import register_texts
        from notifications.events import register_events

        register_menu(STAFF, *menus.STAFF)
        register_menu(PORTAL, *menus.PORTAL)
        register_role_permissions("billing", roles.PERMISSIONS)
        register_events(*events.EVENTS)
        register_texts("billing")
        register_contract_lookup(active=selectors.contract_choices, owner_of=selectors.contract_owner)
        # The invoice list's overdue ageing (billing.selectors) is cached until an invoice changes.
        invalidate_on_change("billing", Invoice)
