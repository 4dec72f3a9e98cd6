/* Forms that never lose what people typed, and say clearly what is wrong.
 *
 * - Drafts: a <form data-draft="KEY"> keeps its text fields in localStorage under
 *   "omsportal:draft:KEY" as they are typed, and fills them back on load (after an
 *   expired session and a new login, after a refused send). The server marks a
 *   successful send with a message carrying data-draft-sent="draft:KEY"; only then
 *   is the draft forgotten.
 * - Error summary: the first [data-error-summary] takes focus, so a phone scrolls to it
 *   and a screen reader reads it.
 * - Files: an <input type=file data-max-bytes data-max-files data-allowed-types> is
 *   checked before the form is sent; the server checks again.
 */
(function () {
  "use strict";

  var PREFIX = "omsportal:draft:";

  function storage() {
    try {
      var probe = PREFIX + "probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (error) {
      return null;
    }
  }

  function draftFields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      if (!field.name || field.name === "csrfmiddlewaretoken" || field.disabled) return false;
      if (field.tagName === "TEXTAREA") return true;
      return field.tagName === "INPUT" && ["text", "search", "tel", "email"].indexOf(field.type) !== -1;
    });
  }

  function forgetSentDrafts(store) {
    document.querySelectorAll("[data-draft-sent]").forEach(function (element) {
      element.getAttribute("data-draft-sent").split(/\s+/).forEach(function (tag) {
        if (tag.indexOf("draft:") === 0) store.removeItem(PREFIX + tag.slice(6));
      });
    });
  }

  function keepDraft(form, store) {
    var key = PREFIX + form.getAttribute("data-draft");
    var fields = draftFields(form);
    var saved = null;
    try {
      saved = JSON.parse(store.getItem(key) || "null");
    } catch (error) {
      saved = null;
    }
    var refused = form.querySelector("[data-error-summary]") !== null;
    if (saved && !refused) {
      var restored = false;
      fields.forEach(function (field) {
        var value = saved[field.name];
        // A value the server just sent back (a refused form, a correction's initial text) wins only when empty.
        if (typeof value === "string" && value !== "" && (field.value === "" || field.tagName === "TEXTAREA")) {
          if (field.value !== value) {
            field.value = value;
            restored = true;
          }
        }
      });
      if (restored) {
        var note = form.querySelector("[data-draft-restored]");
        if (note) note.hidden = false;
      }
    }
    function save() {
      var values = {};
      var any = false;
      fields.forEach(function (field) {
        values[field.name] = field.value;
        if (field.value.trim() !== "") any = true;
      });
      if (any) store.setItem(key, JSON.stringify(values));
      else store.removeItem(key);
    }
    form.addEventListener("input", save);
    form.addEventListener("submit", save);
  }

  function formatSize(bytes) {
    if (bytes >= 1024 * 1024) return (bytes / (1024 * 1024)).toFixed(1) + " MB";
    return Math.max(1, Math.round(bytes / 1024)) + " KB";
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
    });
  }

  function fileProblems(input) {
    var maxBytes = parseInt(input.getAttribute("data-max-bytes"), 10);
    var maxFiles = parseInt(input.getAttribute("data-max-files"), 10);
    var allowed = (input.getAttribute("data-allowed-types") || "").split(/\s+/).filter(Boolean);
    var texts = document.getElementById("file-check-texts");
    var text = function (name) {
      return texts ? texts.getAttribute("data-" + name) : name;
    };
    var problems = [];
    var files = Array.prototype.slice.call(input.files || []);
    if (maxFiles && files.length > maxFiles) problems.push(fill(text("too-many"), { count: maxFiles }));
    files.forEach(function (file) {
      var extension = file.name.indexOf(".") === -1 ? "" : file.name.split(".").pop().toLowerCase();
      if (maxBytes && file.size > maxBytes) {
        problems.push(fill(text("too-large"), { name: file.name, size: formatSize(file.size), limit: formatSize(maxBytes) }));
      } else if (allowed.length && allowed.indexOf(extension) === -1) {
        problems.push(fill(text("type"), { name: file.name }));
      }
    });
    return problems;
  }

  function showFileProblems(input, problems) {
    var box = input.parentNode.querySelector("[data-file-problems]");
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("data-file-problems", "");
      box.setAttribute("role", "alert");
      box.setAttribute("tabindex", "-1");
      box.className = "alert alert-danger mt-2 mb-0 py-2";
      input.parentNode.appendChild(box);
    }
    box.textContent = "";
    problems.forEach(function (problem) {
      var line = document.createElement("div");
      line.textContent = problem;
      box.appendChild(line);
    });
    box.hidden = problems.length === 0;
    input.classList.toggle("is-invalid", problems.length > 0);
    input.setAttribute("aria-invalid", problems.length > 0 ? "true" : "false");
    return box;
  }

  function checkFiles(form) {
    form.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
      input.addEventListener("change", function () {
        showFileProblems(input, fileProblems(input));
      });
    });
    form.addEventListener("submit", function (event) {
      var first = null;
      form.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
        var problems = fileProblems(input);
        var box = showFileProblems(input, problems);
        if (problems.length && !first) first = box;
      });
      if (first) {
        event.preventDefault();
        first.focus();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var store = storage();
    if (store) {
      forgetSentDrafts(store);
      document.querySelectorAll("form[data-draft]").forEach(function (form) {
        keepDraft(form, store);
      });
    }
    document.querySelectorAll("form").forEach(checkFiles);
    // A form that must not be sent twice (an SMS to hundreds of people) disables its button once sent.
    document.querySelectorAll("form[data-send-once]").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("button[type=submit]").forEach(function (button) {
          window.setTimeout(function () {
            button.disabled = true;
          }, 0);
        });
      });
    });
    var summary = document.querySelector("[data-error-summary]");
    if (summary) summary.focus();
  });
})();
