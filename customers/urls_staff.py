from django.urls import path

from customers import views

app_name = "customers_staff"

urlpatterns = [
    path("", views.customer_list, name="list"),
    path("new/", views.customer_new, name="new"),
    path("<int:pk>/", views.customer_detail, name="detail"),
    path("<int:pk>/edit/", views.customer_edit, name="edit"),
    path("<int:pk>/identity/", views.customer_identity_reveal, name="identity"),
    path("<int:pk>/suspend/", views.customer_status, {"action": "suspend"}, name="suspend"),
    path("<int:pk>/delete/", views.customer_status, {"action": "delete"}, name="delete"),
    path("<int:pk>/reactivate/", views.customer_status, {"action": "reactivate"}, name="reactivate"),
    path("services/", views.service_by_number, name="service_by_number"),
    path("services/<int:pk>/", views.service_detail, name="service"),
    path("services/<int:pk>/reveal/", views.service_reveal, name="service_reveal"),
    path("services/<int:pk>/move/", views.service_move, name="service_move"),
    path("services/<int:pk>/plan/", views.service_operation, {"operation": "plan"}, name="service_plan"),
    path("services/<int:pk>/addon/", views.service_operation, {"operation": "addon"}, name="service_addon"),
    path(
        "services/<int:pk>/addon/remove/",
        views.service_operation,
        {"operation": "addon_remove"},
        name="service_addon_remove",
    ),
    path("services/<int:pk>/settings/", views.service_operation, {"operation": "settings"}, name="service_settings"),
    path("services/<int:pk>/notes/", views.service_operation, {"operation": "notes"}, name="service_notes"),
    path("activations/failed/", views.failed_list, name="failed"),
    path("activations/<int:pk>/", views.job_detail, name="job"),
    path("activations/<int:pk>/retry/", views.job_action, {"action": "retry"}, name="job_retry"),
    path("activations/<int:pk>/cancel/", views.job_action, {"action": "cancel"}, name="job_cancel"),
]
