from django.utils.translation import gettext_lazy as _

from core.navigation import MenuItem

STAFF = [
    MenuItem(
        _("Registrations"),
        "portalhome:registrations",
        "person-plus",
        permission="portalhome.review_registration",
        order=80,
    )
]
