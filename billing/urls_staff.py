from django.urls import path

from billing.views import staff

app_name = "billing_staff"

urlpatterns = [
    path("", staff.review_queue, name="review"),
    path("payments/new/", staff.payment_new, name="payment_new"),
    path("payments/<int:pk>/", staff.payment_detail, name="payment"),
    path("payments/<int:pk>/move/", staff.payment_move, name="payment_move"),
    path("payments/<int:pk>/receipt/", staff.receipt, name="receipt"),
    path("invoices/", staff.invoice_list, name="invoices"),
    path("invoices/new/", staff.invoice_new, name="invoice_new"),
    path("invoices/<int:pk>/", staff.invoice_detail, name="invoice"),
    path("invoices/<int:pk>/pdf/", staff.invoice_pdf, name="invoice_pdf"),
    path("invoices/<int:pk>/move/", staff.invoice_move, name="invoice_move"),
    path("invoices/<int:pk>/credit/", staff.invoice_credit, name="invoice_credit"),
    path("contracts/", staff.contract_list, name="contracts"),
    path("contracts/new/", staff.contract_new, name="contract_new"),
    path("contracts/<int:pk>/", staff.contract_detail, name="contract"),
    path("contracts/<int:pk>/documents/", staff.contract_documents_add, name="contract_documents_add"),
    path("contracts/<int:pk>/move/", staff.contract_move, name="contract_move"),
    path("contracts/documents/<int:pk>/", staff.contract_document, name="contract_document"),
    path("customers/<int:pk>/statement/", staff.statement, name="statement"),
]
