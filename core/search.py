"""What a feature app hands the staff search box (home.search asks every provider).

How an app plugs in: a module `<app>/staff_search.py` with

    def find(*, user, query: str, digits: str) -> Found

that answers with `redirect` when the query names exactly one of its objects (a number in any
format: "O-12", "o-000012"), else with a few rows the user may see, in a fixed number of
indexed queries. `digits` is the query's digits only (phones, ICCIDs).
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hit:
    title: str
    url: str
    detail: str = ""


@dataclass(frozen=True)
class Found:
    kind: str = ""
    label: str = ""
    redirect: str = ""
    hits: list[Hit] = field(default_factory=list)


def prefixed_number(query: str, prefix: str, *, width: int = 6) -> str | None:
    """ "o-12", "O-000012" and "O12" all name O-000012 for prefix "O-"; None when the query is not one."""
    text = query.strip().upper().replace(" ", "")
    head = prefix.upper().rstrip("-")
    if not text.startswith(head):
        return None
    digits = text.removeprefix(head).lstrip("-").lstrip("0") or "0"
    if not digits.isdigit() or len(digits) > 12 or digits == "0":
        return None
    return f"{prefix}{int(digits):0{width}d}"


def yearly_number(query: str, prefixes: tuple[str, ...], *, width: int = 6) -> str | None:
    """ "inv-2026-7" and "INV-2026-000007" name INV-2026-000007 (prefix, year, number); None otherwise."""
    text = query.strip().upper().replace(" ", "")
    for prefix in prefixes:
        head = prefix.upper()
        if not text.startswith(head):
            continue
        parts = text.removeprefix(head).strip("-").split("-")
        if (
            len(parts) == 2
            and len(parts[0]) == 4
            and all(p.isdigit() and len(p) <= 12 for p in parts)
            and int(parts[1])
        ):
            return f"{head}-{parts[0]}-{int(parts[1]):0{width}d}"
    return None
