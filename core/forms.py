"""Form helpers every app shares."""

from crispy_forms.helper import FormHelper


class CrispyForm:
    """Mix into a form to get a crispy helper that renders the fields only: the template writes the <form> tag."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False


class FilesToChooseAgainMixin:
    """Browsers empty file inputs when a refused form comes back: name the files to choose again."""

    @property
    def files_to_choose_again(self) -> list[str]:
        if not self.is_bound or not self.errors or not self.files:
            return []
        return [upload.name for name in self.files for upload in self.files.getlist(name)]
