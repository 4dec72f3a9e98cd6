// Orders pages: select every row for bulk approval; show the address only for deliveries that need one.
(function () {
  "use strict";
  var selectAll = document.getElementById("select-all");
  if (selectAll) {
    selectAll.addEventListener("change", function () {
      document.querySelectorAll(".order-check").forEach(function (box) { box.checked = selectAll.checked; });
    });
  }
  var method = document.getElementById("id_delivery_method");
  var address = document.getElementById("id_delivery_address");
  if (method && address) {
    var sync = function () {
      address.closest(".mb-2").hidden = method.value === "pickup";
    };
    method.addEventListener("change", sync);
    sync();
  }
})();
