"""What each role holds of the portal-home permissions; registered in PortalHomeConfig.ready()."""

from core.roles import ADMINISTRATOR, ALL, MANAGER, SALES, SUPPORT_AGENT

PERMISSIONS = {
    ADMINISTRATOR: ALL,
    MANAGER: ALL,
    SUPPORT_AGENT: ["view_notice", "view_registration", "review_registration"],
    SALES: ["view_notice", "view_registration", "review_registration"],
}
