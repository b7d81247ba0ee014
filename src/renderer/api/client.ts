// The one API client of the renderer (see rendererClient.ts for why it needs no contracts).
import type { LotsplanClient } from '../../api/client.ts';
import { createRendererClient } from './rendererClient.ts';
import { createTransport } from './transport.ts';

export const api: LotsplanClient = createRendererClient(createTransport());
