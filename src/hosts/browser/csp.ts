// Security headers of the browser host; the CSP is the shared one with connect-src 'self'.
import { contentSecurityPolicy } from '../shared/contentSecurityPolicy.ts';

export const BROWSER_CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self'");

/** Every powerful browser feature switched off for the page (and any frame, though there are none). */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Headers sent with every response of the browser host. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': BROWSER_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  // Lotsplan needs none of the browser's devices or sensors; a page that asked would be refused.
  'Permissions-Policy': PERMISSIONS_POLICY,
};
