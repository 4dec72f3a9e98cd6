# The rate-limit tests file tickets and replies with the ticket tests' fixtures.
from tests.tickets.conftest import agent, portal_ticket, support_queue  # noqa: F401
