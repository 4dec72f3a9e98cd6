from django.apps import AppConfig


def confirm_logout(sender, request, user, **kwargs):
    """Say that the logout worked (the message outlives the session in the messages cookie)."""
    from django.contrib import messages
    from django.utils.translation import gettext as _

    if request is not None and hasattr(request, "_messages"):
        messages.info(request, _("You have logged out. Thank you for visiting."))


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from core.choices import blank_choice_label_install

        blank_choice_label_install()

        from django.contrib.auth.signals import user_logged_out

        user_logged_out.connect(confirm_logout, dispatch_uid="core.confirm_logout")
