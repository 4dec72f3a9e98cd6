from django import forms
from django.contrib.auth.password_validation import password_validators_help_text_html, validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.files import CheckedFile, check_upload, upload_limits_text
from core.forms import CrispyForm
from core.phones import PhoneField


class NoteForm(CrispyForm, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, error_messages={"required": _("Give the note a title.")})
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 5}), required=False)
    file = forms.FileField(label=_("File"), required=False, help_text=upload_limits_text)
    remove_file = forms.BooleanField(label=_("Remove the attached file"), required=False)

    def __init__(self, *args, has_file: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not has_file:
            del self.fields["remove_file"]

    def clean_file(self) -> CheckedFile | None:
        upload = self.cleaned_data.get("file")
        return check_upload(upload) if upload else None


class RegistrationForm(CrispyForm, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    phone = PhoneField(label=_("Phone"), required=False)
    reference = forms.CharField(
        label=_("Customer or contract number"),
        max_length=40,
        required=False,
        help_text=_("If you are already our customer: it joins you to your account."),
    )

    def clean_reference(self) -> str:
        return self.cleaned_data["reference"].strip().upper()


class ChoosePasswordForm(CrispyForm, forms.Form):
    password1 = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validators_help_text_html,
        strip=False,
    )
    password2 = forms.CharField(
        label=_("Password again"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}), strip=False
    )

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            raise ValidationError(_("The two passwords differ."))
        if first:
            validate_password(first)
        return cleaned
