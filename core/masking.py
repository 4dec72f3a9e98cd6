def mask(value: str | None, visible: int = 3) -> str:
    """Hide all but the last few characters of sensitive data: 'AB1234567' -> '••••••567'."""
    if not value:
        return ""
    text = str(value)
    if len(text) <= visible:
        return "•" * len(text)
    return "•" * (len(text) - visible) + text[-visible:]
