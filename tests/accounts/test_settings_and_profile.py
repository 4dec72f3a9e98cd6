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
            "country": "RU",
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
        {"name": "Changed", "email": before.email, "country": "RU", "phone": "", "address": "", "logo": upload},
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
    data = {"name": "Same", "email": "ok@example.com", "country": "RU", "phone": "+74957654321", "address": ""}
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


# --- issue 9, item 14: the settings page ----------------------------------------------------------------------


def test_the_settings_page_focuses_nothing(client, owner):
    client.force_login(owner)
    html = client.get(reverse("accounts:settings")).content.decode()
    assert "autofocus" not in html


def test_one_notification_table_and_no_global_switches(client, owner):
    client.force_login(owner)
    page = client.get(reverse("accounts:settings"))
    html = page.content.decode()
    assert "notify_by_email" not in html and "notify_by_sms" not in html
    assert 'name="notify-tickets" value="none"' in html


def test_none_for_a_kind_of_message_stops_its_notifications(client, owner):
    from notifications.models import NotificationPreference
    from notifications.services import notify

    client.force_login(owner)
    data = _prefs(**{"notify-tickets": "none", "notify-outages": "email"})
    assert client.post(reverse("accounts:settings"), data).status_code == 302
    assert NotificationPreference.objects.get(user=owner, kind="tickets").channels == set()
    context = {"ticket_number": "T-1", "subject": "s", "url": "u"}
    assert notify(event="ticket_created", recipients=[owner], context=context) == []
    assert client.get(reverse("accounts:settings")).context["notification_form"]["tickets"].initial == "none"


def test_time_zones_are_the_common_ones_grouped_by_region(client, owner):
    client.force_login(owner)
    page = client.get(reverse("accounts:settings"))
    html = page.content.decode()
    choices = page.context["preferences_form"].fields["time_zone"].choices
    names = {name for _group, zones in choices for name, _label in zones}
    assert {"Asia/Tehran", "Europe/Moscow", "America/Argentina/Buenos_Aires", "UTC"} <= names
    assert not names & {"Factory", "localtime", "Etc/GMT+3", "posix/Europe/Moscow", "right/UTC", "US/Eastern"}
    assert len(names) < 500
    assert '<optgroup label="Asia">' in html and 'data-filter-label="Find a city"' in html
    assert "js/select-filter.js" in html


def test_a_time_zone_outside_the_common_list_is_refused(client, owner):
    client.force_login(owner)
    response = client.post(reverse("accounts:settings"), _prefs(**{"prefs-time_zone": "Factory"}))
    assert response.status_code == 200
    assert "time_zone" in response.context["preferences_form"].errors


# --- the staff profile page --------------------------------------------------------------------------------------


def _profile(**overrides):
    data = {"country": "IR", "phone": "۰۹۱۲۱۲۳۴۵۶۷", "language": "fa"}
    data.update(overrides)
    return data


def test_settings_link_to_the_staff_profile(client, agent, owner):
    client.force_login(agent)
    assert reverse("accounts:staff_profile") in client.get(reverse("accounts:settings")).content.decode()
    client.force_login(owner)
    assert reverse("accounts:staff_profile") not in client.get(reverse("accounts:settings")).content.decode()


def test_staff_add_their_phone_country_and_language(client, agent, manager):
    client.force_login(agent)
    response = client.post(reverse("accounts:staff_profile"), _profile())
    assert response.status_code == 302
    agent.refresh_from_db()
    manager.refresh_from_db()
    assert (agent.staff_profile.country, str(agent.phone), agent.language) == ("IR", "+989121234567", "fa")
    assert (manager.staff_profile.country, str(manager.phone)) == ("RU", "")
    assert agent.staff_profile.history.first().history_change_reason == "profile changed by its owner"


def test_a_staff_member_without_a_profile_gets_one(client):
    from accounts.models import StaffProfile
    from tests.factories import UserFactory

    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    assert client.get(reverse("accounts:staff_profile")).status_code == 200
    assert client.post(reverse("accounts:staff_profile"), _profile()).status_code == 302
    assert StaffProfile.objects.get(user=staff).country == "IR"


def test_a_bad_staff_phone_names_an_example_from_their_country(client, agent):
    client.force_login(agent)
    response = client.post(reverse("accounts:staff_profile"), _profile(phone="12-34"))
    assert response.status_code == 200
    assert "0912" in str(response.context["form"].errors["phone"])
    agent.refresh_from_db()
    assert agent.staff_profile.country == "RU" and not agent.phone


def test_customers_have_no_staff_profile_page(client, owner):
    client.force_login(owner)
    response = client.post(reverse("accounts:staff_profile"), _profile())
    assert response.status_code == 302 and response.url == owner.home_url()
    owner.refresh_from_db()
    assert not owner.phone


# --- issue 9, item 15: a language chosen on the login page is kept -------------------------------------------


def test_a_language_chosen_on_the_login_page_becomes_the_preference(client, owner):
    from tests.factories import TEST_PASSWORD

    client.post(reverse("set_language"), {"language": "fa", "next": reverse("accounts:login")})
    response = client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD})
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.language == "fa"
    assert 'dir="rtl"' in client.get(reverse("accounts:settings")).content.decode()


def test_without_a_choice_the_saved_language_stays(client, owner):
    from tests.factories import TEST_PASSWORD

    type(owner).objects.filter(pk=owner.pk).update(language="ru")
    client.post(reverse("accounts:login"), {"username": owner.username, "password": TEST_PASSWORD})
    owner.refresh_from_db()
    assert owner.language == "ru"
