// Small behaviours of the analysts' pages, kept out of the HTML so the Content-Security-Policy can forbid inline script.
document.addEventListener("DOMContentLoaded", function () {
  // The language switcher submits as soon as a language is picked (a button is there without JavaScript).
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // Read-only fields meant to be copied (calendar address, a new API token) select themselves on click.
  document.querySelectorAll("input.select-on-focus").forEach(function (input) {
    input.addEventListener("click", function () { input.select(); });
  });
});
