from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [MenuItem(_("Administration"), "admin:index", "gear", "accounts.view_user", order=1000)]
PORTAL = [MenuItem(_("My account"), "accounts:portal_account", "person-vcard", order=1000)]
