// A text box above each <select data-filter-label="…">: typing hides the options
// (and empty <optgroup>s) whose text does not contain what was typed.
(function () {
  "use strict";
  function attach(select) {
    var input = document.createElement("input");
    input.type = "search";
    input.className = "form-control form-control-sm mb-1";
    input.placeholder = select.dataset.filterLabel;
    input.setAttribute("aria-label", select.dataset.filterLabel);
    input.setAttribute("aria-controls", select.id);
    select.parentNode.insertBefore(input, select);
    input.addEventListener("input", function () {
      var wanted = input.value.trim().toLowerCase();
      select.querySelectorAll("optgroup").forEach(function (group) {
        var shown = 0;
        group.querySelectorAll("option").forEach(function (option) {
          var match = !wanted || option.value.toLowerCase().replace(/_/g, " ").indexOf(wanted) !== -1 ||
            option.textContent.toLowerCase().indexOf(wanted) !== -1;
          option.hidden = !match;
          if (match) { shown += 1; }
        });
        group.hidden = shown === 0;
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("select[data-filter-label]").forEach(attach);
  });
})();
