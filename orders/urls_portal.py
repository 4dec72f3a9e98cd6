from django.urls import path

from orders.views import portal

app_name = "orders_portal"

urlpatterns = [
    path("", portal.order_list, name="list"),
    path("new/", portal.order_new, name="new"),
    path("<int:pk>/", portal.order_detail, name="detail"),
    path("<int:pk>/move/<slug:move>/", portal.order_move, name="move"),
]
