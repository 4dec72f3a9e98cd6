from django.conf import settings
from django.utils import translation

from core.navigation import menu_for


def navigation(request) -> dict:
    return {
        "menu": menu_for(request.user) if hasattr(request, "user") else [],
        "brand_name": settings.SITE_NAME,
        "languages": settings.LANGUAGES,
        "is_rtl": translation.get_language_bidi(),
    }
