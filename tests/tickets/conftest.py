import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.files import check_upload
from tests.factories import StaffUserFactory
from tickets import services
from tickets.models import Area, Queue


@pytest.fixture(autouse=True)
def known_areas(request):
    """The service areas the customers of these tests live in (administrators keep this list in the admin)."""
    if "db" not in request.fixturenames and not request.node.get_closest_marker("django_db"):
        return
    request.getfixturevalue("db")
    for name in ("Moscow-Center", "Kazan"):
        Area.objects.get_or_create(name=name)


@pytest.fixture
def support_queue(db):
    return Queue.objects.create(name="Technical support")


@pytest.fixture
def billing_queue(db):
    return Queue.objects.create(name="Billing")


@pytest.fixture
def agent(support_queue):
    """An agent of the support queue."""
    user = StaffUserFactory(username="agnes", role="Support agent")
    support_queue.members.add(user)
    return user


@pytest.fixture
def other_agent(support_queue):
    user = StaffUserFactory(username="otto", role="Support agent")
    support_queue.members.add(user)
    return user


@pytest.fixture
def billing_agent(billing_queue):
    """An agent of another queue."""
    user = StaffUserFactory(username="bill", role="Support agent")
    billing_queue.members.add(user)
    return user


@pytest.fixture
def reader(db):
    """Staff who may look but not change: only view_ticket."""
    from django.contrib.auth.models import Permission

    user = StaffUserFactory(username="reader")
    user.user_permissions.add(Permission.objects.get(codename="view_ticket"))
    return user


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return buffer.getvalue()


def png_upload(name="photo.png"):
    return SimpleUploadedFile(name, png_bytes(), content_type="image/png")


@pytest.fixture
def portal_ticket(owner, support_queue, agent):
    """Filed by the owner in the portal: DISPATCH in the support queue."""
    return services.ticket_create(
        by=owner,
        customer=owner.customer,
        queue=support_queue,
        subject="No internet since morning",
        text="The router light is red.",
        contact_name="Alice",
        contact_phone="+74951112233",
        files=[check_upload(png_upload())],
    )
