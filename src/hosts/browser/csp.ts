// Security headers of the browser host; the CSP is the shared one with connect-src 'self'.
import { contentSecurityPolicy } from '../shared/contentSecurityPolicy.ts';

export const BROWSER_CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self'");

/** Headers sent with every response of the browser host. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': BROWSER_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
