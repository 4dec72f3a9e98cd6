"""The label of the empty choice in every select (Django's own "- Select an option -"
is not translated in all our languages, and makemessages does not see it)."""

from django.utils.translation import gettext_lazy as _

BLANK_CHOICE_LABEL = _("— Choose —")


def blank_choice_label_install() -> None:
    from django.db.models import fields

    fields.BLANK_CHOICE_LABEL = BLANK_CHOICE_LABEL
