from django.urls import path

from accounts import staff_views, views, views_two_factor

app_name = "accounts"

urlpatterns = [
    path("staff/customers/lookup/", staff_views.customer_lookup_json, name="customer_lookup"),
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/login/verify/", views_two_factor.login_verify, name="login_verify"),
    path("accounts/logout/", views.LogoutView.as_view(), name="logout"),
    path("accounts/settings/", views.user_settings, name="settings"),
    path("accounts/profile/", views.staff_profile, name="staff_profile"),
    path("accounts/password/change-required/", views.password_change_required, name="password_change_required"),
    path("accounts/password/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("accounts/password/reset/sent/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("accounts/two-factor/", views_two_factor.two_factor_settings, name="two_factor"),
    path("accounts/two-factor/enrol/", views_two_factor.two_factor_enrol_view, name="two_factor_enrol"),
    path("accounts/two-factor/enrol/qr.svg", views_two_factor.two_factor_qr, name="two_factor_qr"),
    path(
        "accounts/two-factor/recovery-codes/",
        views_two_factor.two_factor_recovery_codes,
        name="two_factor_recovery_codes",
    ),
    path(
        "accounts/two-factor/recovery-codes/regenerate/",
        views_two_factor.two_factor_recovery_regenerate,
        name="two_factor_recovery_regenerate",
    ),
    path("accounts/two-factor/disable/", views_two_factor.two_factor_disable_view, name="two_factor_disable"),
    path("portal/account/", views.portal_account, name="portal_account"),
    path("accounts/customers/<int:pk>/logo/", views.customer_logo, name="customer_logo"),
]
