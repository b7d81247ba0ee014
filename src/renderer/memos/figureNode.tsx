// The inline atom `figure` {attrs: {key}} of the memo's rich text: a chip that shows the figure as
// the memo prints it (from the resolved document) with its Swedish name as tooltip. The number
// itself is never typed into the text; "Uppdatera siffror" changes every chip at once.
import { Tooltip } from '@mantine/core';
import { mergeAttributes, Node } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { createContext, useContext } from 'react';

export interface FigureText {
  name: string;
  /** As the memo prints it in running text ("fyra", "4,5 mnkr", "färre än tre"). */
  text: string;
}

/** The figures as the memo prints them now, by catalogue key. */
export const FigureTextsContext = createContext<ReadonlyMap<string, FigureText>>(new Map());

function FigureChip({ node, selected }: ReactNodeViewProps) {
  const texts = useContext(FigureTextsContext);
  const key = String(node.attrs.key ?? '');
  const figure = texts.get(key);
  const label = figure ? `${figure.name}: ${figure.text}` : `Siffran ”${key}” finns inte längre`;
  return (
    <NodeViewWrapper as="span" className="memo-figure-wrapper">
      <Tooltip label={figure ? figure.name : 'Siffran finns inte längre i Lotsplan. Ta bort den eller välj en annan.'} w="auto" openDelay={300}>
        <span
          className="memo-figure-chip"
          data-figure={key}
          data-missing={figure ? undefined : 'true'}
          data-selected={selected ? 'true' : undefined}
          aria-label={label}
          role="img"
          contentEditable={false}
        >
          {figure ? figure.text || '–' : '??'}
        </span>
      </Tooltip>
    </NodeViewWrapper>
  );
}

export const FigureNode = Node.create({
  name: 'figure',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return {
      key: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-figure'),
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-figure': attributes.key }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-figure]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes)];
  },
  renderText({ node }) {
    return `{{${String(node.attrs.key)}}}`;
  },
  addNodeView() {
    return ReactNodeViewRenderer(FigureChip, { as: 'span' });
  },
});
