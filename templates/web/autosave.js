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

  // One save at a time: two requests in flight could arrive out of order
  // and an older draft overwrite a newer one. A change made while a save
  // is in flight is saved as soon as that save ends. data-last-save is
  // "pending" from the change until the draft with it is stored.
  var saving = false;
  var again = false;

  function finished(outcome, text) {
    saving = false;
    if (again) {
      again = false;
      save();
      return;
    }
    if (timer) { return; }
    say(text);
    form.dataset.lastSave = outcome;
  }

  function save() {
    timer = null;
    if (saving) {
      again = true;
      return;
    }
    saving = true;
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
        finished("ok", form.dataset.saved + " " + time);
      } else {
        finished("failed", form.dataset.failed);
      }
    }).catch(function () {
      finished("failed", form.dataset.failed);
    });
  }

  function schedule(delay) {
    form.dataset.lastSave = "pending";
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
