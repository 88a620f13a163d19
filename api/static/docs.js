/* Swagger UI from the locally installed swagger-ui-bundle package (served under /static/swagger-ui):
   nothing is fetched from another host. The API key the chat page asked for (sessionStorage) is
   sent as a bearer header on every request Swagger UI makes, the schema fetch included. */
"use strict";

const KEY_STORE = "filingqa.apiKey";

function mount() {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,            // no badge fetched from validator.swagger.io
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    requestInterceptor: (req) => {
      const key = sessionStorage.getItem(KEY_STORE);
      if (key && !req.headers.Authorization) req.headers.Authorization = `Bearer ${key}`;
      return req;
    },
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const input = document.getElementById("docs-key");
  input.value = sessionStorage.getItem(KEY_STORE) || "";
  document.getElementById("docs-key-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const key = input.value.trim();
    if (key) sessionStorage.setItem(KEY_STORE, key); else sessionStorage.removeItem(KEY_STORE);
    window.location.reload(); // a fresh Swagger UI fetches the schema with the new key
  });
  mount();
});
