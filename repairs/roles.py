"""What each role holds of the repair permissions; registered in RepairsConfig.ready().

A technician works the repairs of their own branch (their staff profile's); view_all_repairs
opens every branch (counter staff, managers)."""

from core.roles import ADMINISTRATOR, ALL, MANAGER, SUPPORT_AGENT, TECHNICIAN

PERMISSIONS = {
    ADMINISTRATOR: ALL,
    MANAGER: ALL,
    TECHNICIAN: ["view_repair", "add_repair", "change_repair", "view_quoteline", "view_repairphoto"],
    SUPPORT_AGENT: [
        "view_repair",
        "add_repair",
        "change_repair",
        "view_all_repairs",
        "view_quoteline",
        "view_repairphoto",
    ],
}
