from django.urls import path

from billing.views import portal

app_name = "billing_portal"

urlpatterns = [
    path("finance/", portal.invoice_list, {"kind": "invoice"}, name="invoices"),
    path("finance/proforma/", portal.invoice_list, {"kind": "proforma"}, name="proformas"),
    path("finance/invoices/<int:pk>/", portal.invoice_detail, name="invoice"),
    path("finance/invoices/<int:pk>/pdf/", portal.invoice_pdf, name="invoice_pdf"),
    path("finance/payments/", portal.payment_list, name="payments"),
    path("finance/under-review/", portal.payment_list, {"status": "under_review"}, name="under_review"),
    path("finance/rejected/", portal.payment_list, {"status": "rejected"}, name="rejected"),
    path("finance/payments/new/", portal.payment_new, name="payment_new"),
    path("finance/payments/<int:pk>/", portal.payment_detail, name="payment"),
    path("finance/payments/<int:pk>/receipt/", portal.receipt, name="receipt"),
    path("finance/online/", portal.pay_online, name="pay_online"),
    path("finance/online/<int:pk>/", portal.online_simulated, name="online_simulated"),
    path("finance/online/callback/", portal.online_callback, name="online_callback"),
    path("contracts/", portal.contract_list, name="contracts"),
    path("contracts/documents/<int:pk>/", portal.contract_document, name="contract_document"),
]
