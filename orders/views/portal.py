"""The customer's orders in the portal. Every lookup goes through the
selectors' scope: another account's order answers 404."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.access import customer_required
from core.pagination import page_of
from core.workflow import WorkflowError
from orders import selectors, services
from orders.forms import OrderForm, PortalFilterForm
from orders.models import Order
from orders.views.common import order_context, run_move


@customer_required
def order_list(request):
    form = PortalFilterForm(request.GET)
    form.is_valid()
    state = form.cleaned_data.get("state") or "all"
    query = form.cleaned_data.get("q") or ""
    counts = selectors.portal_counts(request.user)
    page, orders = page_of(request, selectors.portal_list(user=request.user, state=state, query=query))
    return render(
        request,
        "orders/portal_list.html",
        {
            "page_obj": page,
            "orders": orders,
            "state": state,
            "query": query,
            "states": [(key, label, counts[key]) for key, label in PortalFilterForm.base_fields["state"].choices],
        },
    )


@customer_required
@require_http_methods(["GET", "POST"])
def order_new(request):
    user = request.user
    products, plans = selectors.catalogue_on_sale()
    form = OrderForm(
        request.POST or None,
        products=products,
        plans=plans,
        customer_fixed=user.customer,
        initial={
            "type": Order.Type.NEW_CONNECTION,
            "delivery_address": user.customer.address,
            "contact_phone": user.customer.phone or user.phone,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            order = services.order_create(
                by=user,
                customer=user.customer,
                type=data["type"],
                items=form.items(),
                delivery_method=data["delivery_method"],
                delivery_address=data["delivery_address"],
                branch=data["branch"],
                desired_date=data["desired_date"],
                notes=data["notes"],
                contact_phone=data["contact_phone"] or "",
            )
        except WorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, _("Thank you: your order %(number)s has been received.") % {"number": order.number}
            )
            return redirect(order.get_portal_url())
    return render(request, "orders/portal_new.html", {"form": form, "products": products, "plans": plans})


@customer_required
def order_detail(request, pk: int):
    order = selectors.order_for_user(request.user, pk)
    return render(request, "orders/portal_detail.html", order_context(request, order, portal=True))


@customer_required
@require_POST
def order_move(request, pk: int, move: str):
    order = selectors.order_for_user(request.user, pk)
    run_move(request, order, move, portal=True)
    return redirect(order.get_portal_url())
