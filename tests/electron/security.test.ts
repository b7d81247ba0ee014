import { describe, it, expect, vi } from 'vitest';
import {
  denyAllPermissions,
  disableSpellChecker,
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  installRequestFilter,
} from '../../electron/main/security.ts';

type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

function fakeSession() {
  let listener: BeforeRequest | undefined;
  let requestHandler: ((wc: unknown, permission: string, cb: (granted: boolean) => void, details: unknown) => void) | null = null;
  let checkHandler: ((...args: unknown[]) => boolean) | null = null;
  let deviceHandler: ((...args: unknown[]) => boolean) | null = null;
  const session = {
    webRequest: {
      onBeforeRequest: (fn: BeforeRequest) => {
        listener = fn;
      },
    },
    setPermissionRequestHandler: (fn: typeof requestHandler) => {
      requestHandler = fn;
    },
    setPermissionCheckHandler: (fn: typeof checkHandler) => {
      checkHandler = fn;
    },
    setDevicePermissionHandler: (fn: typeof deviceHandler) => {
      deviceHandler = fn;
    },
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
  };
  const request = (url: string) => {
    let response: { cancel?: boolean } | undefined;
    listener!({ url }, (r) => (response = r));
    return response;
  };
  return {
    session,
    request,
    get requestHandler() {
      return requestHandler;
    },
    get checkHandler() {
      return checkHandler;
    },
    get deviceHandler() {
      return deviceHandler;
    },
  };
}

describe('request filter', () => {
  it.each([
    'http://example.com/',
    'https://dictionaries.example.com/sv.bdic',
    'file:///etc/passwd',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'ftp://example.com/',
    'chrome-extension://abc/x.js',
    'blob:https://example.com/123',
    'nourl',
  ])('cancels %s and counts it', (url) => {
    const fake = fakeSession();
    const blocked: string[] = [];
    const stats = installRequestFilter(fake.session as never, (u) => blocked.push(u));
    expect(fake.request(url)).toEqual({ cancel: true });
    expect(stats.blocked()).toBe(1);
    expect(blocked).toEqual([url]);
  });

  it.each(['app://lotsplan/index.html', 'app://lotsplan/assets/x.js', 'devtools://devtools/bundled/x.html', 'data:image/png;base64,AA=='])(
    'lets %s through',
    (url) => {
      const fake = fakeSession();
      const stats = installRequestFilter(fake.session as never);
      expect(fake.request(url)).toEqual({});
      expect(stats.blocked()).toBe(0);
    },
  );
});

describe('permissions and spellchecker', () => {
  it('denies every permission request and check', () => {
    const fake = fakeSession();
    denyAllPermissions(fake.session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      fake.requestHandler!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(fake.checkHandler!({}, permission, 'app://lotsplan', {})).toBe(false);
    }
    expect(fake.deviceHandler!({})).toBe(false);
  });

  it('turns the spellchecker off and points its downloads nowhere', () => {
    const fake = fakeSession();
    disableSpellChecker(fake.session as never);
    expect(fake.session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    const url = fake.session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]?.[0] as string;
    expect(new URL(url).hostname.endsWith('.invalid')).toBe(true);
  });

  it('hardenSession installs all of it', () => {
    const fake = fakeSession();
    const stats = hardenSession(fake.session as never);
    expect(fake.request('https://example.com')).toEqual({ cancel: true });
    expect(stats.blocked()).toBe(1);
    expect(fake.checkHandler).not.toBeNull();
    expect(fake.session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });
});

function fakeContents() {
  const listeners = new Map<string, (event: { url?: string; preventDefault: () => void }) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (event: string, fn: (event: { url?: string; preventDefault: () => void }) => void) => {
      listeners.set(event, fn);
      return contents;
    },
    setWindowOpenHandler: (fn: typeof openHandler) => {
      openHandler = fn;
    },
  };
  const emit = (name: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(name)!({ ...(url === undefined ? {} : { url }), preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, emit, open: (url: string) => openHandler!({ url }) };
}

describe('web contents', () => {
  it.each(['https://example.com/', 'file:///etc/passwd', 'app://lotsplan.evil/index.html', 'app://other/index.html', 'javascript:alert(1)'])(
    'denies navigation and redirects to %s',
    (url) => {
      const fake = fakeContents();
      hardenWebContents(fake.contents as never);
      expect(fake.emit('will-navigate', url)).toBe(true);
      expect(fake.emit('will-redirect', url)).toBe(true);
    },
  );

  it('allows navigation within app://lotsplan', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never);
    expect(fake.emit('will-navigate', 'app://lotsplan/index.html')).toBe(false);
  });

  it('denies window.open and <webview>', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.open('app://lotsplan/index.html')).toEqual({ action: 'deny' });
    expect(fake.emit('will-attach-webview')).toBe(true);
  });

  it('hardens every web contents the app creates', () => {
    let created: ((event: unknown, contents: unknown) => void) | undefined;
    const app = {
      on: (name: string, fn: typeof created) => {
        if (name === 'web-contents-created') created = fn;
      },
    };
    hardenAllWebContents(app as never);
    const fake = fakeContents();
    created!({}, fake.contents);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
  });
});
