// The A4 preview: exactly the HTML the PDF is printed from, in a sandboxed frame (no scripts, no
// access to the app), scaled to the pane's width.
import { Alert, Badge, Card, Group, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';

/** An A4 page at 96 dpi, with a little room for the page's shadow. */
const PAGE_WIDTH = 840;

export function PreviewPane({ html, error, updating }: { html: string | null; error: string | null; updating: boolean }) {
  const { ref, width } = useElementSize();
  const scale = width > 0 ? Math.min(1, width / PAGE_WIDTH) : 1;
  const height = 'calc(100vh - 190px)';
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
      <div ref={ref} className="memo-preview-stage" style={{ height: `min(${height}, 1200px)`, minHeight: 420 }}>
        {html !== null && (
          <iframe
            title="Förhandsgranskning av tjänsteutlåtandet"
            className="memo-preview-frame"
            sandbox=""
            srcDoc={html}
            data-testid="memo-preview"
            style={{ width: PAGE_WIDTH, height: `calc(${`min(${height}, 1200px)`} / ${scale})`, minHeight: 420 / scale, transform: `scale(${scale})` }}
          />
        )}
      </div>
    </Card>
  );
}
