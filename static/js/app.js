// omsportal's own behaviour. No inline handlers: the Content-Security-Policy forbids them.
document.addEventListener("change", (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.matches("[data-autosubmit]")) {
    target.form.requestSubmit();
  }
});
