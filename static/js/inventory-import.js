// The import page: poll the job's progress until it ends, then reload to show the report.
(function () {
  "use strict";
  var box = document.getElementById("import-job");
  if (!box || box.dataset.finished) {
    return;
  }
  var url = box.dataset.progressUrl;
  function set(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = value;
    }
  }
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (job) {
        document.getElementById("import-progress").value = job.percent;
        set("import-percent", job.percent);
        set("import-processed", job.processed);
        set("import-total", job.total);
        set("import-loaded", job.loaded);
        set("import-refused", job.refused);
        set("import-status", job.status_label);
        if (job.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 500);
        }
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }
  poll();
})();
