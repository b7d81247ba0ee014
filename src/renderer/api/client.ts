// The one API client of the renderer.
import { createClient, type LotsplanClient } from '../../api/client.ts';
import { createTransport } from './transport.ts';

export const api: LotsplanClient = createClient(createTransport());
