def client_ip(request) -> str | None:
    """The client's address as the web server saw it (gunicorn sits behind a proxy that sets REMOTE_ADDR)."""
    return request.META.get("REMOTE_ADDR") or None
