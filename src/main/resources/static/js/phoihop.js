// PhoiHop: send the CSRF token with every htmx request (forms carry it as a hidden field already).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// An htmx request the server refused (400, 403, 404, 409, 413 ...) swaps nothing by default, so the user would see no
// answer at all: show the server's Vietnamese message (the error page's message, or a problem detail's "detail") in
// the page's alert region, and clear it on the next successful request.
document.addEventListener('htmx:responseError', function (event) {
  var region = document.getElementById('htmx-problem');
  if (!region) {
    return;
  }
  var xhr = event.detail.xhr;
  var message = null;
  var type = xhr.getResponseHeader('Content-Type') || '';
  if (type.indexOf('json') >= 0) {
    try { message = JSON.parse(xhr.responseText).detail; } catch (ignored) { message = null; }
  } else if (xhr.responseText) {
    var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
    var found = page.querySelector('[data-testid="error-message"], [data-testid="problem"]');
    message = found ? found.textContent.trim() : null;
  }
  region.textContent = message || region.getAttribute('data-fallback');
  region.hidden = false;
});
document.addEventListener('htmx:afterRequest', function (event) {
  var region = document.getElementById('htmx-problem');
  if (region && event.detail.successful) {
    region.hidden = true;
  }
});
