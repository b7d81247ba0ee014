// The A4 preview: exactly the HTML the PDF is printed from, in a sandboxed frame, scaled to the
// pane's width. The frame may not run scripts (sandbox without allow-scripts); it keeps its origin
// only so that the pane can keep the reader's place when the text changes and show the section
// that is being edited.
import { Alert, Badge, Card, Group, Text, Title } from '@mantine/core';
import { useElementSize, useReducedMotion } from '@mantine/hooks';
import { useCallback, useEffect, useRef } from 'react';

/** An A4 page at 96 dpi, with a little room for the page's shadow. */
const PAGE_WIDTH = 840;

interface Props {
  html: string | null;
  error: string | null;
  updating: boolean;
  /** The section being edited: the preview scrolls to it when it changes. */
  focusSection: string | null;
}

export function PreviewPane({ html, error, updating, focusSection }: Props) {
  const { ref, width } = useElementSize();
  const frame = useRef<HTMLIFrameElement>(null);
  const scrollTop = useRef(0);
  const scale = width > 0 ? Math.min(1, width / PAGE_WIDTH) : 1;
  const height = 'min(calc(100vh - 190px), 1200px)';

  // Reads only the frame's ref, so it is the same function for the pane's whole life.
  const scrollToSection = useCallback((key: string, smooth: boolean) => {
    const doc = frame.current?.contentDocument;
    const target = doc?.querySelector(`.section-${key}`);
    if (target && doc?.defaultView)
      doc.defaultView.scrollTo({ top: Math.max(0, (target as HTMLElement).offsetTop - 24), behavior: smooth ? 'smooth' : 'instant' });
  }, []);

  // The preview glides to the section being edited, unless the system asks for less motion.
  const reduceMotion = useReducedMotion();
  useEffect(() => {
    if (focusSection) scrollToSection(focusSection, !reduceMotion);
  }, [focusSection, scrollToSection, reduceMotion]);

  const onLoad = () => {
    const view = frame.current?.contentWindow;
    if (!view) return;
    view.scrollTo({ top: scrollTop.current, behavior: 'instant' });
    view.addEventListener('scroll', () => {
      scrollTop.current = view.scrollY;
    });
  };

  return (
    <Card padding="md" className="memo-preview-sticky">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          Förhandsgranskning
        </Title>
        <Group gap={6}>
          {updating && (
            <Text size="xs" c="dimmed">
              Uppdaterar …
            </Text>
          )}
          <Badge variant="light" color="gray" size="sm" tt="none">
            A4, som PDF:en
          </Badge>
        </Group>
      </Group>
      {error && (
        <Alert color="red" mb="sm" title="Förhandsgranskningen kunde inte visas">
          {error}
        </Alert>
      )}
      <div ref={ref} className="memo-preview-stage" style={{ height, minHeight: 420 }}>
        {html !== null && (
          <iframe
            ref={frame}
            title="Förhandsgranskning av tjänsteutlåtandet"
            className="memo-preview-frame"
            sandbox="allow-same-origin"
            srcDoc={html}
            onLoad={onLoad}
            data-testid="memo-preview"
            style={{ width: PAGE_WIDTH, height: `calc(${height} / ${scale})`, minHeight: 420 / scale, transform: `scale(${scale})` }}
          />
        )}
      </div>
    </Card>
  );
}
