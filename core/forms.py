"""Form helpers every app shares."""

from crispy_forms.helper import FormHelper
from django import forms


class CrispyForm:
    """Mix into a form to get a crispy helper that renders the fields only: the template writes the <form> tag."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False


class BootstrapWidgets:
    """Mix into a form rendered field by field (filter bars): each widget gets Bootstrap's class,
    so it fills its grid column instead of overflowing a phone's width."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                css = "form-check-input"
            elif isinstance(widget, forms.Select):
                css = "form-select"
            else:
                css = "form-control"
            widget.attrs.setdefault("class", css)


class FilesToChooseAgainMixin:
    """Browsers empty file inputs when a refused form comes back: name the files to choose again."""

    @property
    def files_to_choose_again(self) -> list[str]:
        if not self.is_bound or not self.errors or not self.files:
            return []
        return [upload.name for name in self.files for upload in self.files.getlist(name)]
