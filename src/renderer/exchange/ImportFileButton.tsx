// "Importera fil…": a native dialog in Electron, a file input in the browser.
import { Button, FileButton, type ButtonProps } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useRef, type ComponentProps } from 'react';
import type { ImportFlow } from './useImportFlow.ts';
import { ImportConfirmModal } from './ImportConfirmModal.tsx';
import { NearDistrictModal } from './NearDistrictModal.tsx';

interface Props extends Pick<ButtonProps, 'variant' | 'size'> {
  flow: ImportFlow;
  label?: string;
}

export function ImportFileButton({ flow, label = 'Importera fil…', variant = 'filled', size = 'md' }: Props) {
  const icon = <IconFileImport size={18} stroke={1.7} />;
  // Cleared after every choice, so that the same file can be chosen again (after fixing it).
  const resetRef = useRef<() => void>(null);
  const confirm = (
    <>
      <ImportConfirmModal pending={flow.pending} busy={flow.busy} onConfirm={() => void flow.confirm()} onCancel={flow.cancel} />
      <NearDistrictModal
        nearDistrict={flow.nearDistrict}
        busy={flow.busy}
        onImportAsNew={() => void flow.importAsNewDistrict()}
        onCancel={flow.cancelNewDistrict}
      />
    </>
  );
  if (flow.nativeDialog) {
    return (
      <>
        <Button variant={variant} size={size} leftSection={icon} loading={flow.busy} onClick={() => void flow.chooseWithDialog()}>
          {label}
        </Button>
        {confirm}
      </>
    );
  }
  return (
    <>
      <FileButton
        accept=".json,application/json"
        resetRef={resetRef}
        onChange={(file) => {
          resetRef.current?.();
          if (file) void flow.importFile(file);
        }}
        inputProps={{ 'aria-label': 'Välj utväxlingsfil', 'data-testid': 'import-file-input' } as ComponentProps<'input'>}
      >
        {(props) => (
          <Button {...props} variant={variant} size={size} leftSection={icon} loading={flow.busy}>
            {label}
          </Button>
        )}
      </FileButton>
      {confirm}
    </>
  );
}
