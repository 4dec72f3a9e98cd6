"""The client's address, for logs, lockouts and rate limits."""

import ipaddress
from functools import lru_cache

from django.conf import settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse(value: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_ip(request) -> str | None:
    """REMOTE_ADDR, unless it is one of TRUSTED_PROXIES: then the nearest X-Forwarded-For hop
    that is not a trusted proxy.

    The header is read right to left because each proxy appends the address it saw; anything
    left of the first untrusted hop was written by the client and may be forged.
    """
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return None
    trusted = _networks(tuple(settings.TRUSTED_PROXIES))
    if not any(remote in network for network in trusted):
        return str(remote)
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            break
        if not any(address in network for network in trusted):
            return str(address)
        remote = address
    return str(remote)
