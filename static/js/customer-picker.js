// The customer picker (accounts.widgets.CustomerPickerWidget): search as you type, remember the chosen id.
(function () {
  "use strict";

  function setUp(input) {
    var hidden = input.parentNode.querySelector("input[data-customer-id]") ||
      document.getElementById(input.id.replace(/_1$/, "_0"));
    var list = document.getElementById(input.getAttribute("list"));
    var url = input.getAttribute("data-lookup-url");
    var found = {};
    var timer = null;
    var asked = "";

    function choose() {
      var match = found[input.value];
      hidden.value = match ? String(match.id) : "";
    }

    function show(results) {
      found = {};
      list.replaceChildren();
      results.forEach(function (customer) {
        var option = document.createElement("option");
        option.value = customer.label;
        found[customer.label] = customer;
        list.appendChild(option);
      });
      choose();
    }

    function search() {
      var query = input.value.trim();
      if (query.length < 2 || query === asked || found[input.value]) {
        return;
      }
      asked = query;
      fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (query === input.value.trim()) { show(data.results); } })
        .catch(function () { show([]); });
    }

    input.addEventListener("input", function () {
      choose();
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 200);
    });
    input.addEventListener("change", choose);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-customer-picker]").forEach(setUp);
  });
})();
