from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, OuterRef, Q


class UsernameOrEmailBackend(ModelBackend):
    """Log in with the username or the e-mail address, both case-insensitive."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        user_model = get_user_model()
        users = list(user_model.objects.filter(Q(username__iexact=username) | Q(email__iexact=username))[:2])
        if len(users) != 1:
            # Run the hasher anyway so timing does not tell whether the user exists.
            user_model().set_password(password)
            return None
        user = users[0]
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    def get_user(self, user_id):
        """The session's user with their customer account and whether a role of theirs needs two-factor
        login, read in the same query: the per-request suspension and two-factor checks cost none."""
        two_factor_roles = Group.objects.filter(user=OuterRef("pk"), name__in=settings.TWO_FACTOR_REQUIRED_ROLES)
        try:
            user = (
                get_user_model()
                ._default_manager.select_related("customer")
                .annotate(in_two_factor_role=Exists(two_factor_roles))
                .get(pk=user_id)
            )
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        """The user's own and their groups' permissions in one query (ModelBackend takes two), once per request."""
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
            names = permissions.order_by().values_list("content_type__app_label", "codename").distinct()
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in names}
        return user_obj._perm_cache
