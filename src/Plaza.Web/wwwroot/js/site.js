// Plaza: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // "Find the nearest store": fill lat/lng from the browser's location and submit GET /?lat=..&lng=..
  var find = document.getElementById("find-nearest");
  if (find && "geolocation" in navigator) {
    var form = document.getElementById("nearest-form");
    var status = document.getElementById("nearest-status");
    find.hidden = false;
    find.addEventListener("click", function () {
      find.disabled = true;
      status.textContent = find.dataset.finding || "";
      navigator.geolocation.getCurrentPosition(
        function (position) {
          form.elements.lat.value = position.coords.latitude.toFixed(5);
          form.elements.lng.value = position.coords.longitude.toFixed(5);
          form.submit();
        },
        function () {
          find.disabled = false;
          status.textContent = find.dataset.failed || "";
          var q = document.getElementById("q");
          if (q) q.focus();
        },
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 }
      );
    });
  }

  // Quantity stepper: the − and + buttons next to a number box.
  document.querySelectorAll("[data-step]").forEach(function (button) {
    var input = document.getElementById(button.dataset.target);
    if (!input) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var min = Number(input.min || 1), max = Number(input.max || 99);
      var value = parseInt(input.value, 10);
      if (isNaN(value)) value = min;
      input.value = Math.min(max, Math.max(min, value + Number(button.dataset.step)));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  });

  // "Show password" toggles a password box to text and back.
  document.querySelectorAll("[data-show-password]").forEach(function (button) {
    var input = document.getElementById(button.dataset.showPassword);
    if (!input) return;
    button.hidden = false;
    button.setAttribute("aria-controls", input.id);
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.textContent = show ? button.dataset.hide : button.dataset.show;
    });
  });

  // After a failed form, move focus to the list of problems so it is read out first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
