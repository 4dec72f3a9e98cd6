"""Unicode isolates for numbers, units and Latin text inside sentences that may be
right-to-left (Python-built strings; templates use the `bdi` filters)."""

FIRST_STRONG_ISOLATE = "\N{FIRST STRONG ISOLATE}"
POP_DIRECTIONAL_ISOLATE = "\N{POP DIRECTIONAL ISOLATE}"


def isolate(text: object) -> str:
    """Keep e.g. "10.0 MB" in that order inside a Persian sentence."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
