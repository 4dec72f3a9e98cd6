from django.urls import path

from inventory.views import imports, staff

app_name = "inventory_staff"

urlpatterns = [
    path("numbers/", staff.stock_list, {"model": "number"}, name="numbers"),
    path("numbers/bulk/", staff.stock_bulk, {"model": "number"}, name="numbers_bulk"),
    path("numbers/next/", staff.stock_next, {"model": "number"}, name="numbers_next"),
    path("numbers/range/", staff.range_new, name="range_new"),
    path("numbers/<int:pk>/", staff.stock_detail, {"model": "number"}, name="number_detail"),
    path("numbers/<int:pk>/move/", staff.stock_item_move, {"model": "number"}, name="number_move"),
    path("sims/", staff.stock_list, {"model": "sim"}, name="sims"),
    path("sims/bulk/", staff.stock_bulk, {"model": "sim"}, name="sims_bulk"),
    path("sims/next/", staff.stock_next, {"model": "sim"}, name="sims_next"),
    path("sims/<int:pk>/", staff.stock_detail, {"model": "sim"}, name="sim_detail"),
    path("sims/<int:pk>/move/", staff.stock_item_move, {"model": "sim"}, name="sim_move"),
    path("imports/", imports.import_new, name="import_new"),
    path("imports/<int:pk>/", imports.import_detail, name="import_detail"),
    path("imports/<int:pk>/progress/", imports.import_progress, name="import_progress"),
    path("imports/<int:pk>/report.csv", imports.import_report, name="import_report"),
    path("channels/", staff.channel_list, name="channels"),
    path("channels/new/", staff.channel_new, name="channel_new"),
    path("channels/<int:pk>/", staff.channel_detail, name="channel_detail"),
    path("channels/<int:pk>/statistics.csv", staff.channel_statistics_csv, name="channel_statistics_csv"),
]
