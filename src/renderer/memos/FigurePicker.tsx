// "Infoga siffra": every figure of the catalogue by its Swedish name with the value the memo
// prints now, searchable by name and definition; the chosen one is inserted as a chip where the
// cursor was in the section being edited.
import { Badge, Text } from '@mantine/core';
import { createSpotlight, Spotlight, type SpotlightActionData, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useMemo, useRef } from 'react';
import { CATALOGUE } from './memoCore.ts';
import type { FigureText } from './figureNode.tsx';
import '@mantine/spotlight/styles.css';

export function useFigurePicker(texts: ReadonlyMap<string, FigureText>) {
  const [store, actions] = useMemo(() => createSpotlight(), []);
  const target = useRef<Editor | null>(null);

  const insert = (key: string) => {
    const editor = target.current;
    if (!editor || editor.isDestroyed) return;
    editor.chain().focus().insertContent({ type: 'figure', attrs: { key } }).run();
  };

  const actionOf = (f: (typeof CATALOGUE)[number]): SpotlightActionData => ({
    id: f.key,
    label: f.name,
    description: f.definition,
    keywords: [f.key],
    rightSection: (
      <Badge variant="light" size="lg" radius="sm" style={{ textTransform: 'none', fontWeight: 600 }}>
        {texts.get(f.key)?.text || 'saknas'}
      </Badge>
    ),
    onClick: () => insert(f.key),
  });
  const groups = [...new Set(CATALOGUE.map((f) => f.group))];
  const items: SpotlightActionGroupData[] = groups.map((group) => ({ group, actions: CATALOGUE.filter((f) => f.group === group).map(actionOf) }));

  const picker = (
    <Spotlight
      store={store}
      actions={items}
      shortcut={null}
      // Focus goes back to the text being written, not to the button that opened the picker, so the
      // sentence goes on after the chip (or where it was, when nothing was chosen).
      returnFocus={false}
      onExitTransitionEnd={() => {
        const editor = target.current;
        if (editor && !editor.isDestroyed) editor.commands.focus();
      }}
      limit={60}
      scrollable
      maxHeight={460}
      nothingFound={<Text size="sm">Ingen siffra heter så.</Text>}
      highlightQuery
      searchProps={{
        leftSection: <IconSearch size={18} stroke={1.6} />,
        placeholder: 'Sök siffra, till exempel inskrivna eller kostnad',
        'aria-label': 'Sök siffra att infoga',
      }}
      title="Infoga siffra"
      styles={{ header: { padding: '14px 16px 4px', minHeight: 0 }, title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-md)' } }}
    />
  );

  return {
    picker,
    open: (editor: Editor) => {
      target.current = editor;
      actions.open();
    },
  };
}
