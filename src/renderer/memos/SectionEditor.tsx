// One section of the memo as rich text: Mantine's RichTextEditor on Tiptap, restricted to what a
// tjänsteutlåtande holds (paragraphs, bold, italic, lists, quotations, line breaks) and the
// figure chips. Headings, images and links are not part of the schema, so a paste from Word
// loses them here already; the JSON is sanitised by core before it is saved. Straight quotation
// marks become Swedish ones (” and ’) as they are typed or pasted.
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor, type Editor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { IconNumber } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Text } from '@mantine/core';
import { formatNumber } from '../../core/format/index.ts';
import { MAX_SECTION_CHARS, type RichText } from '../../core/memo/model.ts';
import { FigureNode } from './figureNode.tsx';
import { SwedishQuotes } from './swedishQuotes.ts';
import '@mantine/tiptap/styles.css';

export const EMPTY_RICH_TEXT: RichText = { type: 'doc', content: [{ type: 'paragraph' }] };

export const EDITOR_LABELS = {
  boldControlLabel: 'Fetstil',
  italicControlLabel: 'Kursiv stil',
  bulletListControlLabel: 'Punktlista',
  orderedListControlLabel: 'Numrerad lista',
  blockquoteControlLabel: 'Citat',
  undoControlLabel: 'Ångra',
  redoControlLabel: 'Gör om',
  clearFormattingControlLabel: 'Ta bort formatering',
};

interface Props {
  /** Used for the editor's accessible name. */
  heading: string;
  sectionKey: string;
  initial: RichText;
  onChange: (json: unknown) => void;
  onInsertFigure: (editor: Editor) => void;
}

export function SectionEditor({ heading, sectionKey, initial, onChange, onInsertFigure }: Props) {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  /** The text's length while it is over the limit, else null. */
  const [over, setOver] = useState<number | null>(null);
  const editor = useEditor({
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    extensions: [
      StarterKit.configure({
        heading: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: false,
        trailingNode: false,
      }),
      FigureNode,
      SwedishQuotes,
    ],
    // The memo's rich text is a strict subset of Tiptap's JSON (its optional fields may be undefined).
    content: (initial.content.length > 0 ? initial : EMPTY_RICH_TEXT) as JSONContent,
    editorProps: {
      attributes: {
        'aria-label': `Text under ${heading}`,
        'aria-multiline': 'true',
        role: 'textbox',
        'data-testid': `section-editor-${sectionKey}`,
      },
    },
    onUpdate: ({ editor: e }) => {
      const length = e.state.doc.textContent.length;
      setOver(length > MAX_SECTION_CHARS ? length : null);
      onChangeRef.current(e.getJSON());
    },
  });

  return (
    <RichTextEditor editor={editor} labels={EDITOR_LABELS} className="memo-section-editor" variant="subtle">
      <RichTextEditor.Toolbar>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
          <RichTextEditor.Blockquote />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo />
          <RichTextEditor.Redo />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup ml="auto">
          <RichTextEditor.Control
            onClick={() => editor && onInsertFigure(editor)}
            aria-label={`Infoga siffra i ${heading}`}
            title="Infoga siffra"
            w="auto"
            px={8}
            style={{ gap: 6 }}
          >
            <IconNumber size={16} stroke={1.6} />
            <span style={{ fontSize: 'var(--mantine-font-size-xs)', fontWeight: 600 }}>Infoga siffra</span>
          </RichTextEditor.Control>
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content />
      {over !== null && (
        <Text size="sm" c="red" px="md" pb="sm" role="alert">
          Avsnittet har {formatNumber(over)} tecken men får ha högst {formatNumber(MAX_SECTION_CHARS)}. Det som går över sparas inte; korta texten eller dela
          upp den.
        </Text>
      )}
    </RichTextEditor>
  );
}
