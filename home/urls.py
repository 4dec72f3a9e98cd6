from django.urls import path

from home import views

# The URL names keep the "core" namespace they had before these pages moved here.
app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("portal/", views.portal_home, name="portal_home"),
    path("portal/history/", views.portal_history, name="portal_history"),
    path("portal/processes/", views.portal_processes, name="portal_processes"),
    path("staff/", views.staff_home, name="staff_home"),
    path("staff/search/", views.search, name="staff_search"),
    path("healthz", views.healthz, name="healthz"),
]
