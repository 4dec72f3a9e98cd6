"""What each role holds of the customers app's permissions; registered in CustomersConfig.ready()."""

from core.roles import ADMINISTRATOR, ALL, MANAGER, SALES, SUPPORT_AGENT, TECHNICIAN

PERMISSIONS = {
    ADMINISTRATOR: ALL,
    MANAGER: ALL,
    SUPPORT_AGENT: ["view_subscriberservice", "change_subscriberservice", "view_activationjob"],
    SALES: ["view_subscriberservice", "change_subscriberservice", "view_activationjob", "change_activationjob"],
    TECHNICIAN: ["view_subscriberservice", "view_activationjob", "change_activationjob"],
}
