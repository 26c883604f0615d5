// Polls a running check's progress and reloads the page when the check has finished.
// Plain ES5-compatible code: it must run in Cerner PowerChart's embedded Edge/IE frames.
(function () {
  "use strict";
  var panel = document.getElementById("progress");
  if (!panel) { return; }
  var url = panel.getAttribute("data-progress-url");
  var failures = 0;
  // A form sent from this page (the header's Sign out, a re-check) is where the user is going:
  // a check finishing meanwhile must not reload the page over that form's answer.
  var leaving = false;
  // (Heard as it bubbles, after the form's own handlers: one that cancels the submit keeps polling.)
  document.addEventListener("submit", function (event) {
    if (!event.defaultPrevented) { leaving = true; }
  }, false);

  function show(field, done, total) {
    var span = panel.querySelector('[data-field="' + field + '"]');
    var bar = span && span.parentNode.querySelector("progress");
    if (span) { span.textContent = done + " of " + total; }
    if (bar) { bar.max = total || 1; bar.value = done; }
  }

  function poll() {
    if (leaving) { return; }
    var request = new XMLHttpRequest();
    request.open("GET", url);
    request.setRequestHeader("Accept", "application/json");
    request.onload = function () {
      if (leaving) { return; }
      if (request.status !== 200) { return retry(); }
      var data = JSON.parse(request.responseText);
      if (data.status !== "running") { window.location.reload(); return; }
      failures = 0;
      var p = data.progress || {};
      show("searches", p.searches_done || 0, p.searches_total || 0);
      show("notes", p.notes_fetched || 0, p.notes_total || 0);
      window.setTimeout(poll, 500);
    };
    request.onerror = retry;
    request.send();
  }

  function retry() {
    failures += 1;
    if (leaving) { return; }
    if (failures > 20) { window.location.reload(); return; }
    window.setTimeout(poll, 1000 * Math.min(failures, 5));
  }

  window.setTimeout(poll, 300);
}());
