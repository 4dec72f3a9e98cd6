from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.core.files.uploadedfile import UploadedFile
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from accounts.models import Customer, User
from accounts.services import (
    LoginLocked,
    LoginRefused,
    login_check_allowed,
    login_check_not_locked,
    password_reset_requested,
)
from accounts.validators import validate_logo
from core.files import reencode_image
from core.preferences import time_zone_names


class LoginForm(auth_forms.AuthenticationForm):
    """Username or e-mail plus password, with lockout after repeated failures.

    Wrong credentials always get the same message, whether the user exists or not.
    """

    username = auth_forms.UsernameField(
        label=_("Username or e-mail"), widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"})
    )
    error_messages = {
        "invalid_login": _("Please enter a correct username or e-mail and password."),
        "inactive": _("This account is inactive."),
        "locked": _("Too many failed attempts: this account is locked. Try again in %(minutes)s minutes."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean(self):
        username = self.cleaned_data.get("username")
        if username:
            try:
                login_check_not_locked(identifier=username)
            except LoginLocked as locked:
                raise forms.ValidationError(
                    self.error_messages["locked"], code="locked", params={"minutes": locked.minutes_left}
                ) from None
        return super().clean()

    def lockout_announce(self, *, minutes: int) -> None:
        """Replace the generic error with the lock message when this failure locked the account."""
        self.errors.pop(forms.forms.NON_FIELD_ERRORS, None)
        self.add_error(
            None, forms.ValidationError(self.error_messages["locked"], code="locked", params={"minutes": minutes})
        )

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        try:
            login_check_allowed(user=user)
        except LoginRefused as refused:
            raise forms.ValidationError(str(refused), code="refused") from None


class SetPasswordForm(auth_forms.SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Save password")))


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=())
    page_size = forms.TypedChoiceField(
        label=_("Rows per page"), coerce=int, choices=[(n, n) for n in settings.PAGE_SIZE_CHOICES]
    )
    notify_by_email = forms.BooleanField(label=_("Notify me by e-mail"), required=False)
    notify_by_sms = forms.BooleanField(label=_("Notify me by SMS"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [(name, name.replace("_", " ")) for name in sorted(time_zone_names())]
        self.helper = FormHelper()
        self.helper.form_tag = False


class CustomerProfileForm(forms.ModelForm):
    phone = PhoneNumberField(label=_("Phone"), required=False)
    # A plain file field so that the size limit is checked before the image is decoded.
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        validators=[validate_logo],
        help_text=_("PNG, JPEG, GIF or WebP, up to 2 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}),
    )

    class Meta:
        model = Customer
        fields = ["name", "email", "phone", "address", "logo"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean_logo(self):
        """Store only the decoded pixels, under a name the server chooses with the detected type's extension."""
        logo = self.cleaned_data["logo"]
        if isinstance(logo, UploadedFile):
            return reencode_image(logo, max_bytes=settings.LOGO_MAX_BYTES)
        return logo


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Sends the reset link through the outbox (Celery), never inside the request."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Send me a reset link")))

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        reset_path = reverse(
            "accounts:password_reset_confirm", kwargs={"uidb64": context["uid"], "token": context["token"]}
        )
        password_reset_requested(user=context["user"], reset_path=reset_path)


class UserAddForm(forms.ModelForm):
    """Admin form for a new user: no password field, a temporary one is sent to them."""

    class Meta:
        model = User
        fields = ("username", "email", "first_name", "last_name", "phone", "customer", "groups", "is_staff", "language")
