"""Contract documents: staff with the permission add them on the contract page (checked like ticket
attachments, core.files); they download with the type detected at upload, as attachments; the account's
own users download them in the portal, everybody else gets 404."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from billing import services
from billing.models import ContractDocument
from billing.workflow import CONTRACT_FLOW
from tests.factories import CustomerUserFactory, StaffUserFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def contract(owner, finance):
    today = timezone.localdate()
    contract = services.contract_create(
        by=finance,
        customer=owner.customer,
        name="Internet",
        start_date=today,
        end_date=today + datetime.timedelta(days=365),
        amount=Decimal("100"),
    )
    return CONTRACT_FLOW.run(contract, "activate", by=finance)


def upload(client, contract, *files):
    return client.post(reverse("billing_staff:contract_documents_add", args=[contract.pk]), {"files": list(files)})


def stored_files(settings):
    root = settings.PRIVATE_MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_finance_adds_documents_on_the_contract_page(client, contract, finance):
    client.force_login(finance)
    page = client.get(reverse("billing_staff:contract", args=[contract.pk])).content.decode()
    assert 'id="contract-documents-form"' in page and 'enctype="multipart/form-data"' in page
    # A PDF named as if it were a web page: stored as what its bytes are.
    response = upload(client, contract, SimpleUploadedFile("signed.html", PDF, content_type="text/html"))
    assert response.status_code == 302
    document = contract.documents.get()
    assert (document.original_name, document.content_type, document.uploaded_by) == (
        "signed.pdf",
        "application/pdf",
        finance,
    )
    page = client.get(reverse("billing_staff:contract", args=[contract.pk])).content.decode()
    assert "signed.pdf" in page
    download = client.get(reverse("billing_staff:contract_document", args=[document.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    "files",
    [
        [SimpleUploadedFile("evil.exe", b"MZ\x90\x00" + b"\x00" * 200)],
        [SimpleUploadedFile("page.html", b"<html><script>alert(1)</script></html>")],
        [SimpleUploadedFile("empty.pdf", b"")],
        [],
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(client, contract, finance, settings, files):
    client.force_login(finance)
    response = upload(client, contract, *files)
    assert response.status_code == 400
    assert response.context["documents_form"].errors["files"]
    assert not ContractDocument.objects.exists()
    assert stored_files(settings) == []


def test_one_bad_file_among_good_ones_stores_none(client, contract, finance, settings):
    client.force_login(finance)
    response = upload(
        client,
        contract,
        SimpleUploadedFile("a.pdf", PDF),
        SimpleUploadedFile("b.exe", b"MZ\x90\x00" + b"\x00" * 200),
    )
    assert response.status_code == 400
    assert not ContractDocument.objects.exists() and stored_files(settings) == []


def test_too_many_documents_are_refused(client, contract, finance, settings):
    settings.CONTRACT_MAX_DOCUMENTS = 1
    client.force_login(finance)
    assert upload(client, contract, SimpleUploadedFile("a.pdf", PDF)).status_code == 302
    response = upload(client, contract, SimpleUploadedFile("b.pdf", PDF))
    assert response.status_code == 400
    assert contract.documents.count() == 1


def test_staff_without_the_permission_cannot_upload_or_download(client, contract, finance):
    services.contract_add_documents(contract=contract, files=[services_checked("a.pdf")], by=finance)
    document = contract.documents.get()
    agent = StaffUserFactory(username="agnes", role="Support agent")
    client.force_login(agent)
    assert upload(client, contract, SimpleUploadedFile("b.pdf", PDF)).status_code == 403
    assert client.get(reverse("billing_staff:contract_document", args=[document.pk])).status_code == 403
    assert contract.documents.count() == 1


def services_checked(name):
    from core.files import check_upload

    return check_upload(SimpleUploadedFile(name, PDF))


def test_the_accounts_users_download_in_the_portal_and_others_get_404(client, contract, finance, account_b, owner):
    services.contract_add_documents(contract=contract, files=[services_checked("terms.pdf")], by=finance)
    document = contract.documents.get()
    colleague = CustomerUserFactory(customer=owner.customer, username="anna")
    url = reverse("billing_portal:contract_document", args=[document.pk])
    for user in (owner, colleague):
        client.force_login(user)
        page = client.get(reverse("billing_portal:contracts")).content.decode()
        assert url in page
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
    client.force_login(CustomerUserFactory(customer=account_b, username="bob"))
    assert client.get(url).status_code == 404
    assert url not in client.get(reverse("billing_portal:contracts")).content.decode()


def test_a_draft_contracts_documents_are_not_in_the_portal(client, owner, finance):
    today = timezone.localdate()
    draft = services.contract_create(
        by=finance,
        customer=owner.customer,
        name="Being written",
        start_date=today,
        end_date=today,
        amount=Decimal("1"),
        files=[services_checked("draft.pdf")],
    )
    client.force_login(owner)
    response = client.get(reverse("billing_portal:contract_document", args=[draft.documents.get().pk]))
    assert response.status_code == 404


def test_the_portal_contract_list_reads_documents_in_a_fixed_number_of_queries(
    client, owner, finance, django_assert_max_num_queries
):
    today = timezone.localdate()
    for n in range(6):
        contract = services.contract_create(
            by=finance,
            customer=owner.customer,
            name=f"Contract {n}",
            start_date=today,
            end_date=today,
            amount=Decimal("1"),
            files=[services_checked(f"{n}a.pdf"), services_checked(f"{n}b.pdf")],
        )
        CONTRACT_FLOW.run(contract, "activate", by=finance)
    client.force_login(owner)
    client.get(reverse("billing_portal:contracts"))
    with django_assert_max_num_queries(12) as captured:
        assert client.get(reverse("billing_portal:contracts")).status_code == 200
    few = len(captured)
    for n in range(6, 12):
        contract = services.contract_create(
            by=finance,
            customer=owner.customer,
            name=f"Contract {n}",
            start_date=today,
            end_date=today,
            amount=Decimal("1"),
            files=[services_checked(f"{n}.pdf")],
        )
        CONTRACT_FLOW.run(contract, "activate", by=finance)
    with django_assert_max_num_queries(few):
        assert client.get(reverse("billing_portal:contracts")).status_code == 200
