// The command palette and the Kortkommandon dialog, loaded as a chunk of their own and mounted by
// the frame once it is idle or they are asked for (commandsLayer.ts).
import { useEffect } from 'react';
import { CommandPalette } from './CommandPalette.tsx';
import { setCommandsLayerMounted } from './commandsLayer.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';

export function CommandsLayer() {
  useEffect(() => {
    setCommandsLayerMounted(true);
    return () => setCommandsLayerMounted(false);
  }, []);
  return (
    <>
      <CommandPalette />
      <ShortcutsDialog />
    </>
  );
}
