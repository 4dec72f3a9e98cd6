from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from accounts import events, menus, roles, two_factor_keys
        from accounts.models import User
        from core.counts import invalidate_on_change
        from core.navigation import PORTAL, STAFF, register_menu
        from core.roles import register_role_permissions
        from notifications.defaults import register_texts
        from notifications.events import register_events

        register_menu(STAFF, *menus.STAFF)
        register_menu(PORTAL, *menus.PORTAL)
        register_role_permissions("accounts", roles.PERMISSIONS)
        register_role_permissions("auth", roles.AUTH_PERMISSIONS)
        register_events(*events.EVENTS)
        register_texts("accounts")
        two_factor_keys.install()  # authenticator secrets sealed at rest
        # Lists of staff members offered in forms (core.widgets.ListedModelChoiceField(cached_as=…)).
        invalidate_on_change("staff-users", User)
