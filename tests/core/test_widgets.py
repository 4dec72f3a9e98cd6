"""core.widgets.Select writes the same HTML as Django's templates."""

import pytest
from django import forms
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy, override

from core.widgets import Select, render_attrs

CHOICES = [
    ("", gettext_lazy("Any")),
    ("a", "Plain"),
    ("b&c", 'Quotes " and <tags> & ampersands'),
    (3, 7),
    ("Group <1>", [("g1", "In a group"), ("g2", "Another")]),
]


@pytest.mark.parametrize("value", [None, "", "a", "b&c", 3, "g2", ["a", "g1"]])
@pytest.mark.parametrize("attrs", [{}, {"class": "form-select", "data-x": '"q"', "required": True, "disabled": False}])
@pytest.mark.parametrize("language", ["en", "fa"])
def test_select_writes_what_the_templates_write(value, attrs, language):
    with override(language):
        expected = forms.Select(attrs=attrs, choices=CHOICES).render("pick", value, attrs={"id": "id_pick"})
        ours = Select(attrs=attrs, choices=CHOICES).render("pick", value, attrs={"id": "id_pick"})
    assert ours == expected


@pytest.mark.django_db
def test_model_choice_field_renders_the_same():
    from tickets.models import Queue

    Queue.objects.create(name="Billing & <Co>")
    Queue.objects.create(name="Mobile")
    selected = Queue.objects.order_by("pk").last().pk

    class Plain(forms.Form):
        queue = forms.ModelChoiceField(queryset=Queue.objects.order_by("pk"), required=False, empty_label="Any")

    class Fast(forms.Form):
        queue = forms.ModelChoiceField(
            queryset=Queue.objects.order_by("pk"), required=False, empty_label="Any", widget=Select
        )

    assert str(Fast({"queue": selected})["queue"]) == str(Plain({"queue": selected})["queue"])
    assert str(Fast()["queue"]) == str(Plain()["queue"])


def test_a_subclass_with_its_own_template_uses_it():
    class Theirs(forms.Select):
        option_template_name = "django/forms/widgets/input_option.html"

    class Ours(Select):
        option_template_name = "django/forms/widgets/input_option.html"

    html = Ours(choices=[("a", "A")]).render("pick", "a")
    assert html == Theirs(choices=[("a", "A")]).render("pick", "a")
    assert "<label" in html


def test_attrs_keep_a_safe_value_and_escape_others():
    assert render_attrs({"a": mark_safe("&amp;"), "b": "&", "c": True, "d": False}) == ' a="&amp;" b="&amp;" c'


@pytest.mark.django_db
def test_a_listed_model_choice_field_reads_its_choices_in_one_query(django_assert_num_queries):
    from core.widgets import ListedModelChoiceField
    from tickets.models import Queue

    Queue.objects.create(name="Billing")
    Queue.objects.create(name="Mobile")

    class Plain(forms.Form):
        queue = forms.ModelChoiceField(queryset=Queue.objects.order_by("pk"), required=False, empty_label="Any")

    class Listed(forms.Form):
        queue = ListedModelChoiceField(queryset=Queue.objects.order_by("pk"), required=False, empty_label="Any")

    with django_assert_num_queries(1) as captured:
        html = str(Listed()["queue"])
    assert "CURSOR" not in captured.captured_queries[0]["sql"]
    assert html == str(Plain()["queue"])
    chosen = Queue.objects.get(name="Mobile")
    form = Listed({"queue": chosen.pk})
    assert form.is_valid() and form.cleaned_data["queue"] == chosen


class _EveryInput(forms.Form):
    text = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"class": "form-control", "data-x": '"q" & <b>'})
    )
    number = forms.IntegerField(required=False, widget=forms.NumberInput(attrs={"min": 1}))
    amount = forms.DecimalField(required=False, localize=True)
    email = forms.EmailField(required=False)
    url = forms.URLField(required=False)
    password = forms.CharField(required=False, widget=forms.PasswordInput(render_value=True))
    hidden = forms.CharField(required=False, widget=forms.HiddenInput)
    day = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    moment = forms.DateTimeField(required=False)
    hour = forms.TimeField(required=False)
    flag = forms.BooleanField(required=False)
    search = forms.CharField(required=False, widget=forms.TextInput(attrs={"type": "search", "autofocus": True}))
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3, "disabled": False}))


EVERY_INPUT_DATA = {
    "text": 'Quotes " and <tags> & ampersands',
    "number": "12",
    "amount": "1234.50",
    "email": "a@example.com",
    "url": "https://example.com/?a=1&b=2",
    "password": "s3cr<e>t",
    "hidden": "x",
    "day": "2026-12-02",
    "moment": "2026-12-02 10:30",
    "hour": "10:30",
    "flag": "on",
    "search": "router",
    "note": "Line one\n<script>alert(1)</script>\n",
}


@pytest.mark.parametrize("data", [None, {}, EVERY_INPUT_DATA, {**EVERY_INPUT_DATA, "number": "x", "day": "nonsense"}])
@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_renderer_writes_inputs_and_textareas_as_the_templates_do(data, language):
    from django.forms.renderers import DjangoTemplates

    from core.widgets import FormRenderer

    with override(language):
        theirs = _EveryInput(data, renderer=DjangoTemplates())
        ours = _EveryInput(data, renderer=FormRenderer())
        theirs.is_bound and theirs.is_valid()
        ours.is_bound and ours.is_valid()
        for name in _EveryInput.base_fields:
            assert str(ours[name]) == str(theirs[name]), name
        assert str(ours) == str(theirs)


def test_the_site_renders_forms_with_it(settings):
    from django.forms.renderers import get_default_renderer

    from core.widgets import FormRenderer

    assert settings.FORM_RENDERER == "core.widgets.FormRenderer"
    assert isinstance(get_default_renderer(), FormRenderer)


def test_inputs_and_textareas_skip_the_widget_templates(monkeypatch):
    from django.forms.renderers import DjangoTemplates

    from core.widgets import FormRenderer

    loaded = []

    def get_template(self, name):
        loaded.append(name)
        return DjangoTemplates.get_template(self, name)

    monkeypatch.setattr(FormRenderer, "get_template", get_template)
    html = str(_EveryInput(EVERY_INPUT_DATA, renderer=FormRenderer()))
    assert "<textarea" in html and 'type="date"' in html
    assert not [name for name in loaded if name.startswith("django/forms/widgets/")]


@pytest.mark.django_db
def test_cached_choices_are_read_once_and_follow_every_change(settings, django_assert_num_queries):
    from tickets.forms_staff import SearchForm
    from tickets.models import Queue

    settings.COUNTS_CACHE_SECONDS = 300  # as with Redis in production
    mobile = Queue.objects.create(name="Mobile")

    def offered() -> str:
        return str(SearchForm()["queue"])

    assert "Mobile" in offered()
    with django_assert_num_queries(0):
        assert "Mobile" in offered()
    mobile.name, mobile.name_ru = "Mobile & data", "Мобильная связь"
    mobile.save()
    Queue.objects.create(name="Fibre")
    choices = offered()
    assert "Mobile &amp; data" in choices and "Fibre" in choices
    with override("ru"):
        assert "Мобильная связь" in offered()  # each language its own list
    assert "Мобильная связь" not in offered()
