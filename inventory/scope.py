"""Whose stock a user may see: staff see all of it, a channel partner its channel and those below."""

from django.db.models import Q, QuerySet

from core.roles import CHANNEL_PARTNER
from inventory.models import Channel, ChannelUser


def partner_channel(user) -> Channel | None:
    """The channel a partner works for (cached on the user), or None for company staff."""
    if not hasattr(user, "_partner_channel"):
        link = ChannelUser.objects.select_related("channel").filter(user_id=user.pk).first()
        user._partner_channel = link.channel if link else None
    return user._partner_channel


def is_partner(user) -> bool:
    """Channel partners, with or without a channel yet (without one they see nothing)."""
    if not hasattr(user, "_is_partner"):
        user._is_partner = partner_channel(user) is not None or user.groups.filter(name=CHANNEL_PARTNER).exists()
    return user._is_partner


def channels_in_scope(user) -> QuerySet[Channel]:
    """The channels the user may see; none for a partner without a channel."""
    channel = partner_channel(user)
    if channel is not None:
        return Channel.objects.filter(path__startswith=channel.path)
    if is_partner(user):
        return Channel.objects.none()
    return Channel.objects.all()


def channel_ids_in_scope(user) -> list[int]:
    """The ids of the partner's channel and those below it (one query, cached on the user)."""
    if not hasattr(user, "_channel_ids_in_scope"):
        user._channel_ids_in_scope = list(channels_in_scope(user).order_by().values_list("pk", flat=True))
    return user._channel_ids_in_scope


def scope_channels(user) -> list[Channel]:
    """The channels in scope in tree order (one query); a partner's ids are then cached on the
    user, so the stock filter that follows reads none again."""
    channels = list(channels_in_scope(user).order_by("path").only("pk", "name", "path", "depth", "status"))
    if partner_channel(user) is not None:
        user._channel_ids_in_scope = [channel.pk for channel in channels]
    return channels


def stock_scope_filter(user) -> Q | None:
    """The filter that keeps a partner to its subtree's stock; None for staff (everything).

    A list of channel ids, not a join on the channel's path: PostgreSQL then reads the few
    rows of the subtree by the channel index instead of walking millions of numbers in order."""
    channel = partner_channel(user)
    if channel is not None:
        return Q(channel_id__in=channel_ids_in_scope(user))
    if is_partner(user):
        return Q(pk__in=[])
    return None


def channel_codes_in_scope(user) -> list[str]:
    """The codes orders carry for the user's channels (orders.Order.channel_code); [] for staff."""
    if partner_channel(user) is None:
        return []
    return [Channel(pk=pk).code for pk in channel_ids_in_scope(user)]
