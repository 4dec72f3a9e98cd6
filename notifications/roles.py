"""What each role holds of the notifications permissions; registered in NotificationsConfig.ready()."""

from core.roles import ADMINISTRATOR, ALL, MANAGER, SUPPORT_AGENT

PERMISSIONS = {
    ADMINISTRATOR: ALL,
    MANAGER: ["view_outboxmessage", "resend_outboxmessage", "view_notificationtemplate"],
    SUPPORT_AGENT: ["view_outboxmessage"],
}
