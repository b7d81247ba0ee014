// In Electron, Arkiv › Importera… and Exportera… arrive here from the main process. The work
// itself belongs to the "Importera och exportera" page, so the command travels there as
// navigation state and the page performs it once.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { getBridge } from '../api/transport.ts';
import { ROUTES } from '../routes.ts';
import type { MenuCommand } from '../../api/bridge.ts';

export interface MenuCommandState {
  menuCommand: MenuCommand;
  /** Distinguishes two identical commands in a row. */
  at: number;
}

export function MenuCommandListener() {
  const navigate = useNavigate();
  useEffect(() => {
    const bridge = getBridge();
    if (!bridge) return;
    return bridge.onMenuCommand((menuCommand) => {
      const state: MenuCommandState = { menuCommand, at: Date.now() };
      void navigate(`${ROUTES.exchange}${window.location.hash.includes('?') ? `?${window.location.hash.split('?')[1]}` : ''}`, {
        state,
      });
    });
  }, [navigate]);
  return null;
}
