// Vitest setup: every test file runs under the network guard. Loopback is allowed (the browser
// host's tests talk to 127.0.0.1); anything else fails the test that caused it.
import { afterEach, expect } from 'vitest';
import { installNetworkGuard, type NetworkViolation } from '../../src/hosts/shared/networkGuard.ts';

const violations: NetworkViolation[] = [];
installNetworkGuard({ allowLoopback: true, onViolation: (v) => violations.push(v) });

/** For the guard's own tests, which publish simulated requests on purpose. */
export function takeNetworkViolations(): NetworkViolation[] {
  return violations.splice(0);
}

afterEach(() => {
  const seen = violations.splice(0);
  expect(seen, 'Lotsplan försökte nå nätet').toEqual([]);
});
