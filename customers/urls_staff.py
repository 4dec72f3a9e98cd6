from django.urls import path

from customers import views

app_name = "customers_staff"

urlpatterns = [
    path("", views.customer_list, name="list"),
    path("<int:pk>/", views.customer_detail, name="detail"),
    path("<int:pk>/identity/", views.customer_identity_reveal, name="identity"),
    path("services/", views.service_by_number, name="service_by_number"),
    path("services/<int:pk>/", views.service_detail, name="service"),
    path("services/<int:pk>/reveal/", views.service_reveal, name="service_reveal"),
    path("services/<int:pk>/move/", views.service_move, name="service_move"),
    path("services/<int:pk>/<slug:operation>/", views.service_operation, name="service_operation"),
    path("activations/failed/", views.failed_list, name="failed"),
    path("activations/<int:pk>/<slug:action>/", views.job_action, name="job_action"),
]
