from django.urls import path

from tickets.views import staff

app_name = "tickets_staff"

urlpatterns = [
    path("", staff.folder, name="folder"),
    path("queues/<int:pk>/", staff.queue, name="queue"),
    path("search/", staff.search, name="search"),
    path("new/", staff.ticket_new, name="new"),
    path("<int:pk>/", staff.ticket_detail, name="detail"),
    path("<int:pk>/move/", staff.ticket_move, name="move"),
    path("<int:pk>/reply/", staff.ticket_reply, name="reply"),
    path("<int:pk>/comment/", staff.ticket_comment, name="comment"),
    path("<int:pk>/outage/", staff.ticket_link_outage, name="link_outage"),
    path("attachments/<int:pk>/", staff.attachment_download, name="attachment"),
    path("interactions/", staff.interaction_list, name="interactions"),
    path("interactions/new/", staff.interaction_new, name="interaction_new"),
    path("outages/", staff.outage_list, name="outages"),
    path("outages/new/", staff.outage_new, name="outage_new"),
    path("outages/<int:pk>/", staff.outage_detail, name="outage_detail"),
    path("outages/<int:pk>/notify/", staff.outage_notify, name="outage_notify"),
    path("outages/<int:pk>/status/", staff.outage_status, name="outage_status"),
]
