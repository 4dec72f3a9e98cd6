from django.urls import path

from repairs.receipts import HANDBACK, INTAKE
from repairs.views import portal

app_name = "repairs_portal"

urlpatterns = [
    path("", portal.repair_list, name="list"),
    path("new/", portal.repair_new, name="new"),
    path("<int:pk>/", portal.repair_detail, name="detail"),
    path("<int:pk>/move/", portal.repair_move, name="move"),
    path("<int:pk>/receipt/", portal.receipt, {"kind": INTAKE}, name="receipt"),
    path("<int:pk>/receipt.pdf", portal.receipt_pdf, {"kind": INTAKE}, name="receipt_pdf"),
    path("<int:pk>/handback/", portal.receipt, {"kind": HANDBACK}, name="handback"),
    path("<int:pk>/handback.pdf", portal.receipt_pdf, {"kind": HANDBACK}, name="handback_pdf"),
    path("photos/<int:pk>/", portal.photo, name="photo"),
]
