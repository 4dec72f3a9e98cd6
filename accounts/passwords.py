"""Password rules beyond Django's validators."""

from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class NotCurrentPasswordValidator:
    """Refuse the password the user has now, so a forced change cannot keep the temporary one."""

    def validate(self, password: str, user=None) -> None:
        # check_password() of the hashers module, not user.check_password(): that one may re-save the hash.
        if user is not None and user.has_usable_password() and check_password(password, user.password):
            raise ValidationError(
                _("Choose a new password: this one is your current (or temporary) password."),
                code="password_reused",
            )

    def get_help_text(self) -> str:
        return _("Your new password must differ from your current one.")
