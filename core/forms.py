"""Form helpers every app shares."""

from crispy_forms.helper import FormHelper


class CrispyForm:
    """Mix into a form to get a crispy helper that renders the fields only: the template writes the <form> tag."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
