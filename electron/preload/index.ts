// Sandboxed preload: exposes exactly the typed bridge, never ipcRenderer or a generic invoke.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../../src/api/bridge.ts';
import { buildBridge } from './buildBridge.ts';

contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  buildBridge(
    (channel, input) => ipcRenderer.invoke(channel, input),
    (channel, listener) => {
      const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => ipcRenderer.removeListener(channel, handler);
    },
  ),
);
