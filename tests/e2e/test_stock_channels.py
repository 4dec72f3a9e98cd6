"""Stock down the channels in a real browser (issue 14), with a real Celery worker loading the file.

Staff upload a file of numbers and watch the progress bar fill while the worker runs, then
allocate 50 numbers to a distributor; the distributor's user logs in and allocates 10 of them
to its sub-distributor; the sub-distributor's user sees exactly those 10.
"""

import pytest
from playwright.sync_api import expect

from inventory import services
from inventory.models import Channel, ImportJob, Number, StockStatus
from tests.e2e.helpers import log_in, log_out
from tests.factories import TEST_PASSWORD, StaffUserFactory
from tests.notifications.live import Worker, require_postgres, require_redis
from tests.notifications.stubs import celery_broker

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
ROWS = 20_000


@pytest.fixture
def worker(tmp_path, settings):
    require_postgres()
    broker = require_redis()
    settings.CELERY_TASK_ALWAYS_EAGER = False
    # The worker reads the uploaded file where the field's storage (bound when the model loaded) put it.
    env = {"PRIVATE_MEDIA_ROOT": str(ImportJob._meta.get_field("file").storage.location)}
    with Worker(broker=broker, log_dir=tmp_path, env=env) as running, celery_broker(broker, queue=running.queue):
        yield running


def partner(username: str, channel: Channel, by):
    user = StaffUserFactory(username=username, role="Channel partner", is_staff=False)
    services.channel_user_link(user=user, channel=channel, is_manager=True, by=by)
    return user


def test_stock_goes_from_a_file_down_two_channel_levels(live_server, new_page, worker, tmp_path):
    manager = StaffUserFactory(username="stella", role="Manager")
    north = services.channel_create(name="North Distribution", kind="distributor", by=manager)
    north_1 = services.channel_create(name="North Sub", kind="sub_distributor", parent=north, by=manager)
    partner("nora", north, manager)
    partner("nils", north_1, manager)
    csv_file = tmp_path / "numbers.csv"
    csv_file.write_text("msisdn;kind;region\n" + "".join(f"7931{n:07d};regular;Omsk\n" for n in range(ROWS)))

    page = new_page("staff")
    log_in(page, live_server.url, "stella", TEST_PASSWORD)
    page.goto(f"{live_server.url}/staff/inventory/imports/")
    page.select_option("select[name=kind]", "numbers")
    page.set_input_files("input[name=file]", str(csv_file))
    with page.expect_navigation():
        page.click("#import-submit")
    bar = page.locator("#import-progress")
    expect(bar).to_be_visible()
    seen = set()
    for _poll in range(600):  # the page's script updates the bar from the progress endpoint
        seen.add(int(bar.get_attribute("value") or 0))
        if 100 in seen:
            break
        page.wait_for_timeout(100)
    assert 100 in seen, (seen, worker.log())
    expect(page.locator("#import-status")).to_have_text("Loaded")
    expect(page.locator("#import-loaded")).to_have_text(str(ROWS))
    assert Number.objects.filter(region="Omsk").count() == ROWS

    page.goto(f"{live_server.url}/staff/inventory/numbers/?pattern=7931*")
    form = page.locator("#next-form")
    form.locator("input[name=count]").fill("50")
    form.locator("select[name=channel]").select_option(label="North Distribution")
    with page.expect_navigation():
        form.locator("#next-submit").click()
    expect(page.locator(".alert-success")).to_contain_text("50")
    assert Number.objects.filter(channel=north, status=StockStatus.ALLOCATED).count() == 50
    log_out(page)

    distributor = new_page("distributor")
    log_in(distributor, live_server.url, "nora", TEST_PASSWORD)
    distributor.goto(f"{live_server.url}/partner/")
    boxes = distributor.locator("#stock-table input[name=ids]")
    expect(boxes.first).to_be_visible()
    chosen = []
    for index in range(10):
        box = boxes.nth(index)
        box.check()
        chosen.append(int(box.get_attribute("value")))
    distributor.select_option("#allocate-channel", label="North Sub")
    with distributor.expect_navigation():
        distributor.click("#allocate-submit")
    expect(distributor.locator(".alert-success")).to_contain_text("10")
    log_out(distributor)

    sub = new_page("sub-distributor")
    log_in(sub, live_server.url, "nils", TEST_PASSWORD)
    sub.goto(f"{live_server.url}/partner/")
    expect(sub.locator("#stock-table tbody tr")).to_have_count(10)
    shown = {text.strip() for text in sub.locator("#stock-table .stock-item").all_inner_texts()}
    assert shown == set(Number.objects.filter(pk__in=chosen).values_list("msisdn", flat=True))
    assert set(Number.objects.filter(channel=north_1).values_list("pk", flat=True)) == set(chosen)
