from django.urls import path

from portalhome import views

app_name = "portalhome"

urlpatterns = [
    path("portal/notes/new/", views.note_new, name="note_new"),
    path("portal/notes/<int:pk>/", views.note_edit, name="note_edit"),
    path("portal/notes/<int:pk>/file/", views.note_file, name="note_file"),
    path("portal/notes/<int:pk>/delete/", views.note_delete, name="note_delete"),
    path("accounts/register/", views.register, name="register"),
    path("accounts/register/sent/", views.register_sent, name="register_sent"),
    path("accounts/register/confirm/<str:token>/", views.register_confirm, name="register_confirm"),
    path("staff/registrations/", views.registrations, name="registrations"),
    path("staff/registrations/<int:pk>/move/", views.registration_move, name="registration_move"),
]
