// The document's "servers" entry names the API port (or openapi-server-proxy-uri), so "Try it out"
// sends requests to the API, which allows any origin by default (server-cors-allowed-origins).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "../openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
};
