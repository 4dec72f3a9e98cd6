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
