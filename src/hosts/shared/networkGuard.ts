// Watches every outgoing connection a Node process (Electron main, browser host, tests) starts,
// through node:diagnostics_channel: the http client, undici (fetch) and raw TCP sockets.
// Lotsplan itself never talks to the network, so any such request is a bug or a leak; in test
// mode it fails the run. Loopback may be allowed for the browser host's own tests.
import diagnosticsChannel from 'node:diagnostics_channel';

export interface NetworkViolation {
  channel: string;
  target: string;
}

export interface NetworkGuardOptions {
  /** Allow 127.0.0.0/8, ::1 and localhost (the browser host talks to itself). */
  allowLoopback: boolean;
  onViolation: (violation: NetworkViolation) => void;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

function hostOf(target: string): string {
  try {
    return new URL(target).hostname;
  } catch {
    return target;
  }
}

interface ChannelSpec {
  name: string;
  target: (message: unknown) => { host: string; shown: string } | null;
}

const CHANNELS: ChannelSpec[] = [
  {
    // fetch() and undici clients.
    name: 'undici:request:create',
    target: (m) => {
      const request = (m as { request?: { origin?: unknown; path?: unknown } }).request;
      if (!request || typeof request.origin !== 'string') return null;
      return { host: hostOf(request.origin), shown: `${request.origin}${String(request.path ?? '')}` };
    },
  },
  {
    // node:http and node:https clients.
    name: 'http.client.request.start',
    target: (m) => {
      const request = (m as { request?: { host?: unknown; path?: unknown; getHeader?: (n: string) => unknown } }).request;
      if (!request) return null;
      const host = String(request.host ?? request.getHeader?.('host') ?? '');
      return { host: host.replace(/:\d+$/, ''), shown: `${host}${String(request.path ?? '')}` };
    },
  },
];

/** Starts watching; returns a function that stops. */
export function installNetworkGuard(options: NetworkGuardOptions): () => void {
  const subscriptions = CHANNELS.map((spec) => {
    const listener = (message: unknown) => {
      const target = spec.target(message);
      if (!target) return;
      if (options.allowLoopback && isLoopbackHost(target.host)) return;
      options.onViolation({ channel: spec.name, target: target.shown });
    };
    diagnosticsChannel.subscribe(spec.name, listener);
    return () => diagnosticsChannel.unsubscribe(spec.name, listener);
  });
  // Any TCP connection, whatever library opened it. The socket is published before it knows its
  // peer, so the check waits for its first connection attempt (IPC pipes never make one).
  const socketListener = (message: unknown) => {
    const socket = (message as { socket?: { once?: (event: string, cb: (ip: string) => void) => void } }).socket;
    socket?.once?.('connectionAttempt', (ip: string) => {
      if (options.allowLoopback && isLoopbackHost(ip)) return;
      options.onViolation({ channel: 'net.client.socket', target: ip });
    });
  };
  diagnosticsChannel.subscribe('net.client.socket', socketListener);
  subscriptions.push(() => diagnosticsChannel.unsubscribe('net.client.socket', socketListener));
  return () => {
    for (const unsubscribe of subscriptions) unsubscribe();
  };
}
