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
