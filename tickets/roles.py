"""What each role holds of the ticket permissions; registered in TicketsConfig.ready()."""

from core.roles import ADMINISTRATOR, ALL, FINANCE, MANAGER, SALES, SUPPORT_AGENT, TECHNICIAN

PERMISSIONS = {
    ADMINISTRATOR: ALL,
    MANAGER: ALL,
    SUPPORT_AGENT: [
        "view_ticket",
        "add_ticket",
        "change_ticket",
        "view_queue",
        "view_ticketmessage",
        "add_ticketmessage",
        "view_interaction",
        "add_interaction",
        "view_outage",
        "view_internal_notes",
        "assign_ticket",
    ],
    SALES: [
        "view_ticket",
        "add_ticket",
        "change_ticket",
        "view_interaction",
        "add_interaction",
        "view_outage",
        "view_internal_notes",
    ],
    TECHNICIAN: ["view_ticket", "add_ticket", "change_ticket", "view_outage", "view_internal_notes"],
    FINANCE: ["view_ticket", "add_ticket", "change_ticket", "view_internal_notes"],
}
