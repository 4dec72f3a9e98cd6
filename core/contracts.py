"""Which contracts an account has, for apps that must not import billing (the ticket forms).

How it is wired: billing registers its lookups in BillingConfig.ready()::

    register_contract_lookup(
        active=lambda customer_id: [(number, label), ...],   # the account's active contracts
        owner_of=lambda number: customer_id or None,         # whose contract a number is, if anyone's
    )

A form asks `active_contracts(customer_id)`, `contract_owner(number)` and `is_account_contract(customer_id,
number)`. With nothing registered (no app keeps contracts) `active_contracts` is None, `contract_owner` None
and every number is taken as typed; with a lookup registered a typed number must be one of the account's.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ContractLookup:
    active: Callable[[int], list[tuple[str, str]]]
    owner_of: Callable[[str], "int | None"]


_lookups: list[ContractLookup] = []


def register_contract_lookup(
    *, active: Callable[[int], list[tuple[str, str]]], owner_of: Callable[[str], "int | None"]
) -> None:
    lookup = ContractLookup(active=active, owner_of=owner_of)
    if lookup not in _lookups:
        _lookups.append(lookup)


def active_contracts(customer_id: int) -> list[tuple[str, str]] | None:
    """(number, label) of the account's active contracts in number order; None when no lookup is registered."""
    if not _lookups:
        return None
    found: dict[str, str] = {}
    for lookup in _lookups:
        found.update(lookup.active(customer_id))
    return sorted(found.items())


def contract_owner(number: str) -> int | None:
    """The id of the customer whose contract `number` is (case as stored), or None if it is nobody's."""
    for lookup in _lookups:
        owner = lookup.owner_of(number)
        if owner is not None:
            return owner
    return None


def is_account_contract(customer_id: int | None, number: str) -> bool:
    """Whether `number` is one of the account's own contracts (any status). True for any number when no
    app keeps contracts (nothing to check against); never true for an unknown number or another account's."""
    if not _lookups:
        return True
    return customer_id is not None and contract_owner(number) == customer_id
