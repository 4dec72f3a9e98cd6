from django.urls import path

from inventory.views import partner

app_name = "inventory_partner"

urlpatterns = [
    path("", partner.stock, name="stock"),
    path("allocate/", partner.stock_allocate, name="allocate"),
    path("channels/", partner.channels, name="channels"),
    path("channels/<int:pk>/", partner.channel_detail, name="channel_detail"),
    path("users/new/", partner.user_new, name="user_new"),
    path("orders/", partner.orders, name="orders"),
    path("orders/new/", partner.order_new, name="order_new"),
    path("orders/<int:pk>/", partner.order_detail, name="order_detail"),
    path("statistics/", partner.statistics, name="statistics"),
    path("statistics.csv", partner.statistics_csv, name="statistics_csv"),
]
