from django.urls import path

from customers import views

app_name = "customers_portal"

urlpatterns = [path("", views.portal_services, name="list")]
