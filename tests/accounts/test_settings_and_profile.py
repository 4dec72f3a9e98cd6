import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from accounts.models import Customer

pytestmark = pytest.mark.django_db


def _prefs(**overrides):
    data = {
        "form": "preferences",
        "prefs-language": "fa",
        "prefs-time_zone": "Asia/Tehran",
        "prefs-page_size": "50",
        "prefs-notify_by_email": "on",
    }
    data.update(overrides)
    return data


def _png(size=(40, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "navy").save(buffer, "PNG")
    return buffer.getvalue()


def test_user_sets_language_time_zone_and_page_size(client, owner):
    client.force_login(owner)
    response = client.post(reverse("accounts:settings"), _prefs())
    assert response.status_code == 302
    owner.refresh_from_db()
    assert (owner.language, owner.time_zone, owner.page_size) == ("fa", "Asia/Tehran", 50)
    page = client.get(reverse("accounts:settings"))
    assert 'dir="rtl"' in page.content.decode()
    assert "bootstrap.rtl.min.css" in page.content.decode()


@pytest.mark.parametrize(
    "field, value", [("prefs-language", "xx-evil"), ("prefs-time_zone", "Mars/Olympus"), ("prefs-page_size", "100000")]
)
def test_tampered_preferences_are_refused_and_nothing_changes(client, owner, field, value):
    client.force_login(owner)
    response = client.post(reverse("accounts:settings"), _prefs(**{field: value}))
    assert response.status_code == 200
    assert response.context["preferences_form"].errors
    owner.refresh_from_db()
    assert (owner.language, owner.time_zone, owner.page_size) == ("en", "UTC", 25)


def test_a_stored_bad_language_or_time_zone_falls_back_safely(client, owner):
    type(owner).objects.filter(pk=owner.pk).update(language="xx", time_zone="Nowhere/Land")
    client.force_login(owner)
    response = client.get(reverse("core:portal_home"))
    assert response.status_code == 200
    assert '<html lang="en" dir="ltr">' in response.content.decode()


def test_tampered_language_on_the_login_page_falls_back(client):
    response = client.post(reverse("set_language"), {"language": "../../etc", "next": "/accounts/login/"})
    assert response.status_code == 302
    page = client.get(reverse("accounts:login"))
    assert 'lang="en"' in page.content.decode()


def test_login_page_language_picker_switches_to_persian(client):
    client.post(reverse("set_language"), {"language": "fa", "next": "/accounts/login/"})
    page = client.get(reverse("accounts:login"))
    assert 'dir="rtl"' in page.content.decode()


def test_dates_are_shown_in_the_users_time_zone(client, owner):
    from django.utils import timezone

    owner.time_zone = "Asia/Shanghai"
    owner.save()
    client.force_login(owner)
    client.get(reverse("core:portal_home"))
    assert str(timezone.get_current_timezone()) == "Asia/Shanghai"


def test_customer_uploads_a_logo_and_edits_profile(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("accounts:portal_account"),
        {
            "name": "Renamed LLC",
            "email": "new@example.com",
            "phone": "+74957654321",
            "address": "Arbat 1",
            "logo": SimpleUploadedFile("logo.png", _png(), content_type="image/png"),
        },
    )
    assert response.status_code == 302
    customer = Customer.objects.get(pk=owner.customer_id)
    assert customer.name == "Renamed LLC"
    assert customer.logo.name.startswith("logos/")
    assert customer.history.first().history_change_reason.startswith("profile updated")


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("logo.png", b"%PDF-1.4 not an image", content_type="image/png"), "valid image"),
        (
            SimpleUploadedFile("big.png", b"\x89PNG" + b"0" * (2 * 1024 * 1024 + 10), content_type="image/png"),
            "too large",
        ),
    ],
)
def test_bad_logo_is_refused_and_nothing_is_stored(client, owner, settings, upload, message):
    client.force_login(owner)
    before = Customer.objects.get(pk=owner.customer_id)
    response = client.post(
        reverse("accounts:portal_account"),
        {"name": "Changed", "email": before.email, "phone": "", "address": "", "logo": upload},
    )
    assert response.status_code == 200
    assert message in str(response.context["form"].errors["logo"])
    after = Customer.objects.get(pk=owner.customer_id)
    assert after.name == before.name and not after.logo
    assert not (settings.MEDIA_ROOT / "logos").exists()


@pytest.mark.parametrize(
    "field, value, error_field",
    [("phone", "12-not-a-phone", "phone"), ("email", "", "email"), ("email", "not-mail", "email")],
)
def test_bad_phone_or_missing_email_is_refused(client, owner, field, value, error_field):
    client.force_login(owner)
    data = {"name": "Same", "email": "ok@example.com", "phone": "+74957654321", "address": ""}
    data[field] = value
    response = client.post(reverse("accounts:portal_account"), data)
    assert response.status_code == 200
    assert error_field in response.context["form"].errors
    assert Customer.objects.get(pk=owner.customer_id).name != "Same"


def test_portal_account_shows_only_the_users_own_account(client, owner, outsider):
    client.force_login(owner)
    page = client.get(reverse("accounts:portal_account")).content.decode()
    assert owner.customer.name in page
    assert outsider.customer.name not in page


@pytest.mark.parametrize("language, expected", [("ru", "Войти"), ("fa", "ورود"), ("zh-hans", "登录"), ("en", "Log in")])
def test_login_page_is_translated(client, language, expected):
    client.post(reverse("set_language"), {"language": language, "next": "/accounts/login/"})
    page = client.get(reverse("accounts:login")).content.decode()
    assert f'<h1 class="h4 mb-3">{expected}</h1>' in page
