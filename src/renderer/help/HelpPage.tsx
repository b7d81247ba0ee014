// "Hjälp": short guides for offline use, the keyboard shortcuts, and sections added by other parts
// of the app (helpSections.tsx). The texts are data in src/core/help; the page only lays them out.
import { Anchor, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { IconKeyboard, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { HELP_GUIDES, type HelpBlock, type HelpGuide } from '../../core/help/guides.ts';
import { openCommandPalette } from '../commands/commandsLayer.ts';
import { openShortcutsDialog } from '../commands/paletteCommand.ts';
import { ShortcutsTable } from '../commands/ShortcutsDialog.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { HELP_SECTIONS, type HelpSection } from './helpSections.tsx';

const anchor = (id: string) => `hjalp-${id}`;

function Block({ block }: { block: HelpBlock }) {
  if (block.kind === 'text')
    return (
      <Text size="sm" lh={1.6} maw={820}>
        {block.text}
      </Text>
    );
  if (block.kind === 'steps') {
    return (
      <List type="ordered" size="sm" spacing={6} maw={820}>
        {block.items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    );
  }
  return (
    <dl style={{ margin: 0, maxWidth: 820 }}>
      {block.items.map((item) => (
        <div key={item.term} style={{ marginBottom: 10 }}>
          <Text component="dt" size="sm" fw={650}>
            {item.term}
          </Text>
          <Text component="dd" size="sm" lh={1.6} ml={0}>
            {item.text}
          </Text>
        </div>
      ))}
    </dl>
  );
}

function Section({ id, title, summary, children }: { id: string; title: string; summary?: string; children: ReactNode }) {
  return (
    <Card padding="lg" component="section" aria-labelledby={`${anchor(id)}-rubrik`} id={anchor(id)} data-testid={`help-${id}`}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id={`${anchor(id)}-rubrik`}>
            {title}
          </Title>
          {summary && (
            <Text size="sm" c="dimmed">
              {summary}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

function Guide({ guide }: { guide: HelpGuide }) {
  return (
    <Section id={guide.id} title={guide.title} summary={guide.summary}>
      {guide.blocks.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are fixed text in a fixed order
        <Block key={i} block={block} />
      ))}
    </Section>
  );
}

function ExtraSection({ section }: { section: HelpSection }) {
  return (
    <Section id={section.id} title={section.title}>
      {section.render()}
    </Section>
  );
}

export function HelpPage() {
  return (
    <PageContainer>
      <PageHeader
        eyebrow="Hjälp"
        title="Hjälp och kortkommandon"
        description="Korta guider som fungerar utan nätverk. Allt här gäller den här versionen av Lotsplan."
        actions={
          <>
            <Button variant="default" leftSection={<IconSearch size={16} />} onClick={openCommandPalette}>
              Sök sida eller kommando
            </Button>
            <Button variant="default" leftSection={<IconKeyboard size={16} />} onClick={openShortcutsDialog}>
              Kortkommandon
            </Button>
          </>
        }
      />
      <nav aria-label="Innehåll i hjälpen">
        <List size="sm" spacing={4} listStyleType="none" ml={0} pl={0}>
          {[...HELP_GUIDES.map((g) => ({ id: g.id, title: g.title })), { id: 'kortkommandon', title: 'Kortkommandon' }, ...HELP_SECTIONS].map((s) => (
            <List.Item key={s.id}>
              <Anchor
                href={`#${anchor(s.id)}`}
                size="sm"
                onClick={(event) => {
                  // The hash route owns the URL's fragment: scroll and move focus instead.
                  event.preventDefault();
                  const target = document.getElementById(`${anchor(s.id)}-rubrik`);
                  if (!target) return;
                  target.setAttribute('tabindex', '-1');
                  target.focus();
                  target.scrollIntoView({ block: 'start' });
                }}
              >
                {s.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </nav>
      {HELP_GUIDES.map((guide) => (
        <Guide key={guide.id} guide={guide} />
      ))}
      <Section id="kortkommandon" title="Kortkommandon" summary="Lotsplan går att använda helt med tangentbordet.">
        <ShortcutsTable label="Kortkommandon på hjälpsidan, tabell" />
      </Section>
      {HELP_SECTIONS.map((section) => (
        <ExtraSection key={section.id} section={section} />
      ))}
    </PageContainer>
  );
}
