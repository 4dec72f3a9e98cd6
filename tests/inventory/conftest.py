import pytest

from inventory import services
from inventory.models import Number
from tests.factories import StaffUserFactory


@pytest.fixture
def stock_manager(db):
    return StaffUserFactory(username="stella", role="Manager")


@pytest.fixture
def tree(stock_manager):
    """Distributor North with sub-distributor North-1 below it, and a sibling distributor South."""
    north = services.channel_create(name="North", kind="distributor", by=stock_manager)
    north_1 = services.channel_create(name="North-1", kind="sub_distributor", parent=north, by=stock_manager)
    south = services.channel_create(name="South", kind="distributor", by=stock_manager)
    return {"north": north, "north_1": north_1, "south": south}


def partner_of(channel, username: str):
    user = StaffUserFactory(username=username, role="Channel partner", is_staff=False)
    services.channel_user_link(user=user, channel=channel, by=user)
    return user


@pytest.fixture
def north_partner(tree):
    return partner_of(tree["north"], "nora")


@pytest.fixture
def sub_partner(tree):
    return partner_of(tree["north_1"], "nils")


@pytest.fixture
def south_partner(tree):
    return partner_of(tree["south"], "sam")


def load_numbers(by, count: int = 20, prefix: str = "7916000") -> list[Number]:
    services.number_range_create(prefix=prefix, first="0000", last=f"{count - 1:04d}", by=by)
    return list(Number.objects.filter(msisdn__startswith=prefix).order_by("msisdn"))
