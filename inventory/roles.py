"""What each role holds of the inventory permissions; registered in InventoryConfig.ready()."""

from core.roles import ADMINISTRATOR, CHANNEL_PARTNER, MANAGER, SALES, SUPPORT_AGENT

# Managers hold the partner permissions too, so that they may grant the Channel partner role
# (nobody grants a role holding more than they do); the partner menu shows to partners only.
_STAFF_ALL = [
    f"{verb}_{model}"
    for model in ("number", "sim", "channel", "channeluser", "numberaction", "simaction")
    for verb in ("add", "change", "delete", "view")
] + ["allocate_stock", "load_stock", "reserve_stock", "operate_stock", "view_sim_codes", "use_partner_portal"]

PERMISSIONS = {
    ADMINISTRATOR: _STAFF_ALL,
    MANAGER: _STAFF_ALL,
    SALES: [
        "view_number",
        "view_sim",
        "view_channel",
        "allocate_stock",
        "reserve_stock",
    ],
    SUPPORT_AGENT: ["view_number", "view_sim", "view_channel"],
    CHANNEL_PARTNER: ["use_partner_portal", "allocate_stock", "reserve_stock"],
}
