import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.factories import StaffUserFactory
from tickets import services as ticket_services
from tickets.models import Queue, Ticket


def png_upload(name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def support_queue(db):
    return Queue.objects.create(name="Technical support")


@pytest.fixture
def agent(support_queue):
    user = StaffUserFactory(username="agnes", role="Support agent")
    support_queue.members.add(user)
    return user


@pytest.fixture
def technician(db):
    return StaffUserFactory(username="tom", role="Technician")


@pytest.fixture
def make_ticket(support_queue):
    def make(user, subject="No internet"):
        return ticket_services.ticket_create(
            by=user,
            customer=user.customer,
            queue=support_queue,
            subject=subject,
            text="Since Monday",
            contact_name="Alice",
            channel=Ticket.Channel.PORTAL,
        )

    return make
