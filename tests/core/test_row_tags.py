"""The row tags give what Django's own tags give, for less."""

from datetime import timedelta

import pytest
from django.template import Context, Template
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.timesince import timesince


def render(text: str, **context) -> str:
    return Template("{% load rows %}" + text).render(Context(context))


def test_url_pk_is_the_reversed_url():
    assert render("{% url_pk 'tickets_staff:detail' 42 %}") == reverse("tickets_staff:detail", args=[42])
    assert render("{% url_pk 'tickets_portal:detail' 7 %}") == reverse("tickets_portal:detail", args=[7])


def test_url_pk_refuses_a_pattern_without_one_integer():
    with pytest.raises(NoReverseMatch):
        render("{% url_pk 'tickets_staff:folder' 1 %}")


def test_age_reads_as_timesince_in_the_active_language():
    created = timezone.now() - timedelta(days=3, hours=5, minutes=30)
    assert render("{{ value|age }}", value=created) == timesince(created)
    with translation.override("ru"):
        assert render("{{ value|age }}", value=created) == timesince(created)
        assert render("{{ value|age }}", value=created) != ""
    assert render("{{ value|age }}", value=None) == ""
