from django.urls import path

from repairs.receipts import HANDBACK, INTAKE
from repairs.views import staff

app_name = "repairs_staff"

urlpatterns = [
    path("", staff.queue, name="queue"),
    path("new/", staff.repair_new, name="new"),
    path("turnaround/", staff.turnaround, name="turnaround"),
    path("<int:pk>/", staff.repair_detail, name="detail"),
    path("<int:pk>/move/", staff.repair_move, name="move"),
    path("<int:pk>/quote/", staff.repair_quote, name="quote"),
    path("<int:pk>/receipt/", staff.receipt, {"kind": INTAKE}, name="receipt"),
    path("<int:pk>/receipt.pdf", staff.receipt_pdf, {"kind": INTAKE}, name="receipt_pdf"),
    path("<int:pk>/handback/", staff.receipt, {"kind": HANDBACK}, name="handback"),
    path("<int:pk>/handback.pdf", staff.receipt_pdf, {"kind": HANDBACK}, name="handback_pdf"),
    path("photos/<int:pk>/", staff.photo, name="photo"),
]
