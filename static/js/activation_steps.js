// Reload the activation step log every two seconds while the job runs.
(function () {
  "use strict";
  function poll() {
    var box = document.getElementById("activation-steps");
    if (!box || !box.dataset.running) {
      return;
    }
    window.setTimeout(function () {
      fetch(box.dataset.url, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html) {
            box.outerHTML = html;
          }
          poll();
        })
        .catch(poll);
    }, 2000);
  }
  document.addEventListener("DOMContentLoaded", poll);
})();
