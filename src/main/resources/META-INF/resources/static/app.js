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
