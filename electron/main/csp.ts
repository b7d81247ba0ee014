// The Content-Security-Policy sent with every response of the app:// protocol.
import { contentSecurityPolicy } from '../../src/hosts/shared/contentSecurityPolicy.ts';

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy("'none'");
