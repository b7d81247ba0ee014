import diagnosticsChannel from 'node:diagnostics_channel';
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { takeNetworkViolations } from '../setup/networkGuard.ts';
import { installNetworkGuard, isLoopbackHost, type NetworkViolation } from '../../src/hosts/shared/networkGuard.ts';

// No test here sends a packet anywhere but 127.0.0.1: requests to other hosts are simulated by
// publishing the message Node itself would publish on the channel.

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  // The suite-wide guard (tests/setup) saw the simulated requests too; they were on purpose.
  takeNetworkViolations();
});

function guard(allowLoopback: boolean): NetworkViolation[] {
  const seen: NetworkViolation[] = [];
  stop = installNetworkGuard({ allowLoopback, onViolation: (v) => seen.push(v) });
  return seen;
}

async function loopbackServer(): Promise<{ port: number; close: () => void }> {
  const server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close() };
}

describe('network guard', () => {
  it('knows loopback', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['10.0.0.1', 'example.org', '192.168.1.1', '8.8.8.8']) expect(isLoopbackHost(host)).toBe(false);
  });

  it('reports fetch, node:http and socket requests to other hosts', () => {
    const seen = guard(true);
    diagnosticsChannel.channel('undici:request:create').publish({ request: { origin: 'https://example.org', path: '/telemetri' } });
    diagnosticsChannel.channel('http.client.request.start').publish({ request: { host: 'updates.example.org', path: '/x' } });
    expect(seen).toEqual([
      { channel: 'undici:request:create', target: 'https://example.org/telemetri' },
      { channel: 'http.client.request.start', target: 'updates.example.org/x' },
    ]);
  });

  it('sees real fetch and node:http requests: allowed on loopback when asked, reported otherwise', async () => {
    const server = await loopbackServer();
    try {
      const allowed = guard(true);
      await (await fetch(`http://127.0.0.1:${server.port}/`)).text();
      await new Promise<void>((resolve) => http.get(`http://127.0.0.1:${server.port}/`, (res) => res.resume().on('end', resolve)));
      expect(allowed).toEqual([]);
      stop?.();
      const strict = guard(false);
      // A fresh raw socket: fetch and http.get may reuse their kept-alive connections.
      await new Promise<void>((resolve) =>
        net.connect(server.port, '127.0.0.1', function (this: net.Socket) {
          this.end();
          resolve();
        }),
      );
      await (await fetch(`http://127.0.0.1:${server.port}/`)).text();
      await new Promise<void>((resolve) => http.get(`http://127.0.0.1:${server.port}/`, (res) => res.resume().on('end', resolve)));
      expect(new Set(strict.map((v) => v.channel))).toEqual(new Set(['undici:request:create', 'http.client.request.start', 'net.client.socket']));
    } finally {
      server.close();
    }
  });
});
