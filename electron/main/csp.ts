// The Content-Security-Policy sent with every response of the app:// protocol.
// Mantine injects <style> tags at runtime, so style-src needs 'unsafe-inline'; nothing else does.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
