from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import CrispyForm


class TimelineFilterForm(CrispyForm, forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000, widget=forms.HiddenInput)

    def __init__(self, *args, kinds: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Everything")), *kinds.items()]
        self.helper.form_method = "get"
        self.helper.disable_csrf = True
