from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from accounts.models import Customer, User
from accounts.services import (
    LoginLocked,
    LoginRefused,
    login_check_allowed,
    login_check_not_locked,
)
from accounts.validators import validate_logo
from core.files import reencode_image
from core.phones import PhoneField, region_choices, safe_region
from core.preferences import time_zone_choices


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
        # It shares the settings page: focusing it would scroll a phone past the preferences.
        self.fields["old_password"].widget.attrs.pop("autofocus", None)
        self.helper = FormHelper()
        self.helper.form_tag = False


class PreferencesForm(forms.Form):
    """Interface preferences; the channels per kind of message are notifications' own form beside it."""

    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=(),
        widget=forms.Select(attrs={"data-filter-label": _("Find a city")}),
    )
    page_size = forms.TypedChoiceField(
        label=_("Rows per page"), coerce=int, choices=[(n, n) for n in settings.PAGE_SIZE_CHOICES]
    )
    start_page = forms.ChoiceField(label=_("Start page"), choices=User.StartPage.choices, required=False)

    def __init__(self, *args, customer: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = time_zone_choices()
        if not customer:
            del self.fields["start_page"]
        self.helper = FormHelper()
        self.helper.form_tag = False


def _bound_region(form: forms.BaseForm, field: str, fallback: str | None) -> str:
    """The country chosen in the submitted form if valid, else the stored one: a national
    number typed together with a new country is read in that country."""
    submitted = form.data.get(form.add_prefix(field)) if form.is_bound else None
    return safe_region(submitted if isinstance(submitted, str) and submitted else fallback)


class StaffProfileForm(forms.Form):
    """A staff member's own phone, country and language."""

    country = forms.ChoiceField(
        label=_("Country"), help_text=_("Phone numbers without a country code are read in this country.")
    )
    phone = PhoneField(label=_("Phone"), required=False, help_text=_("Used for SMS notifications."))
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def __init__(self, *args, country: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = region_choices()
        self.fields["phone"].region_set(_bound_region(self, "country", country))
        self.helper = FormHelper()
        self.helper.form_tag = False


class CustomerProfileForm(forms.ModelForm):
    phone = PhoneField(label=_("Phone"), required=False)
    country = forms.ChoiceField(
        label=_("Country"), help_text=_("Phone numbers without a country code are read in this country.")
    )
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
        fields = ["name", "email", "country", "phone", "address", "logo"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["country"].choices = region_choices()
        self.fields["phone"].region_set(_bound_region(self, "country", self.instance.country))
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean_logo(self):
        """Store only the decoded pixels, under a name the server chooses with the detected type's extension."""
        logo = self.cleaned_data["logo"]
        if isinstance(logo, UploadedFile):
            return reencode_image(logo, max_bytes=settings.LOGO_MAX_BYTES)
        return logo


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Only validates the address: accounts.views.PasswordResetView hands it to the worker."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Send me a reset link")))


class UserAddForm(forms.ModelForm):
    """Admin form for a new user: no password field, a temporary one is sent to them."""

    class Meta:
        model = User
        fields = ("username", "email", "first_name", "last_name", "phone", "customer", "groups", "is_staff", "language")
