// htmx sends the CSRF token of the page with every request that can change state.
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers["X-CSRF-Token"] = meta.content;
  }
});

// A failed fragment says so in place instead of leaving stale numbers on screen.
document.addEventListener("htmx:responseError", function (event) {
  var target = event.detail.target;
  if (target) {
    var message = document.createElement("p");
    message.className = "alert alert-error";
    message.setAttribute("role", "alert");
    message.textContent = "This part could not be updated (" + event.detail.xhr.status + "). Try again or reload the page.";
    target.prepend(message);
    target.removeAttribute("aria-busy");
  }
});
document.addEventListener("htmx:beforeRequest", function (event) {
  if (event.detail.target) { event.detail.target.setAttribute("aria-busy", "true"); }
});
document.addEventListener("htmx:afterRequest", function (event) {
  if (event.detail.target) { event.detail.target.removeAttribute("aria-busy"); }
});

// Charts: each canvas carries its Chart.js configuration as JSON (written by the server).
function drawCharts(root) {
  if (typeof Chart === "undefined") { return; }
  // axes and tooltips write numbers the way the page's language does (5 292 067 in Russian)
  Chart.defaults.locale = document.documentElement.lang || "en";
  root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var existing = Chart.getChart(canvas);
    if (existing) { existing.destroy(); }
    try {
      new Chart(canvas, JSON.parse(canvas.dataset.chart));
    } catch (e) {
      canvas.insertAdjacentHTML("afterend", '<p class="alert alert-error">This chart could not be drawn; the table has the numbers.</p>');
    }
  });
}
document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
document.addEventListener("htmx:afterSettle", function (event) { drawCharts(event.detail.elt || document); });

// Editing a date means custom dates: the period preset would otherwise win.
document.addEventListener("change", function (event) {
  if (event.target && (event.target.id === "f-from" || event.target.id === "f-to")) {
    var period = document.getElementById("f-period");
    if (period) { period.value = "custom"; }
  }
}, true);

// Clicking a bar opens the accounts it stands for (the canvas says where, in data-drill).
document.addEventListener("click", function (event) {
  var canvas = event.target;
  if (!(canvas instanceof HTMLCanvasElement) || !canvas.dataset.drill || typeof Chart === "undefined") { return; }
  var chart = Chart.getChart(canvas);
  if (!chart) { return; }
  var hits = chart.getElementsAtEventForMode(event, "nearest", { intersect: true }, false);
  if (!hits.length) { return; }
  var index = hits[0].index;
  var keys = canvas.dataset.drillKeys ? JSON.parse(canvas.dataset.drillKeys) : chart.data.labels;
  window.location.href = canvas.dataset.drill + encodeURIComponent(keys[index]);
});

// A confirmed import of a large file takes a while: show how many rows have been read.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.id !== "confirm-import") { return; }
  var status = document.getElementById("import-progress");
  // A disabled button is left out of the form data: carry the pressed button's value over first.
  var pressed = event.submitter;
  if (pressed && pressed.name) {
    var carried = document.createElement("input");
    carried.type = "hidden";
    carried.name = pressed.name;
    carried.value = pressed.value;
    form.appendChild(carried);
  }
  form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
  status.textContent = status.dataset.importing || "Importing…"; // the page's language
  setInterval(function () {
    fetch(form.dataset.progress, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : ""; })
      .then(function (text) { if (text) { status.textContent = text; } });
  }, 1000);
});

// The menu's Dashboard, Accounts and Reports links keep the dashboard's filters: after an htmx
// swap pushes a new filter into the address bar, the links follow it.
function keepFiltersInMenu() {
  if (location.pathname !== "/") { return; }
  document.querySelectorAll("a[data-keep-filters]").forEach(function (link) {
    link.search = location.search;
  });
}
document.addEventListener("htmx:pushedIntoHistory", keepFiltersInMenu);
document.addEventListener("htmx:replacedInHistory", keepFiltersInMenu);

// The language switcher: submit on change, and come back to the page it was chosen on.
document.addEventListener("change", function (event) {
  var select = event.target;
  if (!select || !select.matches || !select.matches("select[data-submit-on-change]")) { return; }
  var form = select.form;
  var next = form.querySelector("[data-current-url]");
  if (next) { next.value = window.location.pathname + window.location.search; }
  form.submit();
});
