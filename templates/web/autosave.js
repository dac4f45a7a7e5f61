// Saves a questionnaire's answers as a draft on every change.
//
// Progressive enhancement: without this script the "Save draft" and "Submit"
// buttons post the form as usual. Loaded as a same-origin file because the
// Content-Security-Policy forbids inline script. The draft is posted to the
// form's own address with the X-Survey360-Autosave header, which the server
// answers with 204 No Content.
(function () {
  "use strict";
  var form = document.querySelector("form.questionnaire-form[data-autosave='on']");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var status = document.getElementById("autosave-status");
  // getAttribute, not form.action: the buttons are named "action", and a
  // named control shadows the form's property of the same name.
  var target = form.getAttribute("action");
  var timer = null;

  function say(text) { if (status) { status.textContent = text; } }

  function save() {
    timer = null;
    var data = new URLSearchParams(new FormData(form));
    data.set("action", "save");
    fetch(target, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Survey360-Autosave": "1" },
      body: data.toString()
    }).then(function (response) {
      if (response.status === 204) {
        var now = new Date();
        var time = ("0" + now.getHours()).slice(-2) + ":" + ("0" + now.getMinutes()).slice(-2);
        say(form.dataset.saved + " " + time);
        form.dataset.lastSave = "ok";
      } else {
        say(form.dataset.failed);
        form.dataset.lastSave = "failed";
      }
    }).catch(function () {
      say(form.dataset.failed);
      form.dataset.lastSave = "failed";
    });
  }

  function schedule(delay) {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, delay);
  }

  say(form.dataset.ready);
  form.addEventListener("change", function () { schedule(0); });
  form.addEventListener("input", function (event) {
    if (event.target && event.target.tagName === "TEXTAREA") { schedule(800); }
  });
  // A comment typed just before leaving is still saved.
  window.addEventListener("pagehide", function () {
    if (timer) {
      clearTimeout(timer);
      var data = new URLSearchParams(new FormData(form));
      data.set("action", "save");
      fetch(target, {
        method: "POST", keepalive: true, credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Survey360-Autosave": "1" },
        body: data.toString()
      });
    }
  });
})();
