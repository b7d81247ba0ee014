// The one Content-Security-Policy of the renderer, for both hosts. Mantine injects <style> tags
// at runtime, so style-src needs 'unsafe-inline'; nothing else does. The only difference between
// hosts: in Electron the renderer talks over IPC (connect-src 'none'); in the browser host it
// talks to the host itself over HTTP (connect-src 'self').
export function contentSecurityPolicy(connectSrc: "'none'" | "'self'"): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connectSrc}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
