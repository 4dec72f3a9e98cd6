from django.urls import path

from accounts import staff_views, views

app_name = "accounts"

urlpatterns = [
    path("staff/customers/lookup/", staff_views.customer_lookup_json, name="customer_lookup"),
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", views.LogoutView.as_view(), name="logout"),
    path("accounts/settings/", views.user_settings, name="settings"),
    path("accounts/password/change-required/", views.password_change_required, name="password_change_required"),
    path("accounts/password/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("accounts/password/reset/sent/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("portal/account/", views.portal_account, name="portal_account"),
]
