from django.urls import path

from orders.views import staff

app_name = "orders_staff"

urlpatterns = [
    path("", staff.desk, name="desk"),
    path("export.csv", staff.export_csv, name="export"),
    path("approve/", staff.bulk_approve, name="bulk_approve"),
    path("new/", staff.order_new, name="new"),
    path("<int:pk>/", staff.order_detail, name="detail"),
    path("<int:pk>/move/<slug:move>/", staff.order_move, name="move"),
    path("<int:pk>/delete/", staff.order_delete, name="delete"),
    path("catalogue/", staff.catalogue, name="catalogue"),
    path("catalogue/<slug:kind>/new/", staff.catalogue_edit, name="catalogue_new"),
    path("catalogue/<slug:kind>/<int:pk>/", staff.catalogue_edit, name="catalogue_edit"),
    path("installations/", staff.installations, name="installations"),
]
