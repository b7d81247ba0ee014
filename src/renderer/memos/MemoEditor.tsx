// The editor of one tjänsteutlåtande: metadata and the sections as rich text on the left, the A4
// preview on the right (the same HTML the PDF is printed from, computed here by core as you type).
// Drafts save themselves a second after the last change, each save a new version.
import { Alert, Anchor, Badge, Box, Button, Card, Grid, Group, Loader, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { Editor } from '@tiptap/react';
import { IconAlertTriangle, IconArrowLeft, IconChecklist, IconCloudCheck, IconHistory, IconRefresh } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { SECTION_HEADINGS, SECTION_KEYS, type MemoContent, type MemoFigures, type RichText, type SectionKey } from '../../core/memo/model.ts';
import { outdatedText } from '../../core/memo/sourceFingerprints.ts';
import type { Envelope } from '../../api/envelope.ts';
import { unsavedMemoText } from '../../core/unsaved/closeQuestion.ts';
import { api, sendOnUnload } from '../api/client.ts';
import { describeError, EnvelopeError, unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { ROUTES } from '../routes.ts';
import { toSearchParams } from '../selection/useSelection.ts';
import { ExportDrawer } from './ExportDrawer.tsx';
import { FigureTextsContext, type FigureText } from './figureNode.tsx';
import { useFigurePicker } from './FigurePicker.tsx';
import { FigureUpdateModal } from './FigureUpdateModal.tsx';
import { checksCountText, exportChecks, memoHtml, placeholderHelp, resolveContent, sanitize } from './memoCore.ts';
import { MetadataPanel } from './MetadataPanel.tsx';
import { PreviewPane } from './PreviewPane.tsx';
import { EMPTY_RICH_TEXT, SectionEditor } from './SectionEditor.tsx';
import { clockTime } from './time.ts';
import { memoKeys, useMemoView, type FigureChange, type MemoEdit, type MemoView } from './useMemos.ts';
import { VersionsDrawer } from './VersionsDrawer.tsx';
import { useUnsavedWork } from '../unsaved/useUnsavedWork.ts';
import './memos.css';

const AUTOSAVE_MS = 1000;
const PREVIEW_MS = 150;

type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string; details: string[] };

export function MemoEditor({ id, selection }: { id: number; selection: UnitYearSelection }) {
  const view = useMemoView(id);
  const [generation, setGeneration] = useState(0);
  const client = useQueryClient();
  const search = `?${toSearchParams(selection).toString()}`;
  const back = (
    <Anchor component={Link} to={{ pathname: ROUTES.memos, search }} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        Tjänsteutlåtanden
      </Group>
    </Anchor>
  );
  if (view.error) {
    return (
      <Box p="xl">
        <Stack maw={720}>
          {back}
          <ErrorAlert error={view.error} title="Tjänsteutlåtandet kunde inte visas" />
        </Stack>
      </Box>
    );
  }
  // A memo read before this visit may be older than the database: wait for today's.
  if (!view.data || !view.isFetchedAfterMount) return <LoadingBlock label="Hämtar tjänsteutlåtandet …" />;
  return (
    <MemoWorkspace
      key={generation}
      initial={view.data}
      live={view.data}
      back={back}
      onReplaced={(next) => {
        client.setQueryData(memoKeys.one(id), next);
        setGeneration((g) => g + 1);
      }}
      onReload={async () => {
        await view.refetch();
        setGeneration((g) => g + 1);
      }}
    />
  );
}

function editOf(content: MemoContent): MemoEdit {
  return { metadata: content.metadata, skrivelse: content.skrivelse, sections: content.sections, options: content.options };
}

/** The edit as it is saved: every section's JSON through core's sanitiser (paste from Word). */
function sanitized(edit: MemoEdit): MemoEdit {
  const sections = Object.fromEntries(SECTION_KEYS.map((k) => [k, edit.sections[k] === null ? null : sanitize(edit.sections[k])])) as Record<
    SectionKey,
    RichText | null
  >;
  return { ...edit, sections };
}

interface WorkspaceProps {
  initial: MemoView;
  /** The memo as the API holds it now (summary, outdated). */
  live: MemoView;
  back: React.ReactNode;
  onReplaced: (view: MemoView) => void;
  onReload: () => Promise<void>;
}

function MemoWorkspace({ initial, live, back, onReplaced, onReload }: WorkspaceProps) {
  const id = initial.summary.id;
  const client = useQueryClient();
  const [edit, setEdit] = useState<MemoEdit>(() => editOf(initial.content));
  const [figures, setFigures] = useState<MemoFigures>(initial.content.figures);
  const [version, setVersion] = useState(initial.version);
  const [templateId, setTemplateId] = useState(initial.templateId);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: null });
  const [changeCount, setChangeCount] = useState(0);
  const [panel, setPanel] = useState<'versions' | 'export' | null>(null);
  const [focusSection, setFocusSection] = useState<SectionKey | null>(null);
  const [update, setUpdate] = useState<{ state: { changes: FigureChange[]; notices: string[] } | 'loading' | { error: unknown }; applying: boolean } | null>(
    null,
  );

  const editRef = useRef(edit);
  editRef.current = edit;
  const versionRef = useRef(version);
  versionRef.current = version;
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const conflicted = useRef(false);
  /** Sections that were left out, kept so that switching them back on brings the text back. */
  const removed = useRef(new Map<SectionKey, RichText>());

  const change = useCallback((next: (e: MemoEdit) => MemoEdit) => {
    setEdit((e) => next(e));
    dirty.current = true;
    setStatus((s) => (s.kind === 'conflict' ? s : { kind: 'pending' }));
    setChangeCount((c) => c + 1);
  }, []);

  /** Takes the answer to a save of the edit as it stood; true when it was saved. */
  const startSave = useCallback(
    (request: Promise<Envelope<MemoView>>): Promise<boolean> => {
      dirty.current = false;
      setStatus({ kind: 'saving' });
      const run = (async () => {
        try {
          const saved = unwrap(await request);
          versionRef.current = saved.version;
          setVersion(saved.version);
          setFigures(saved.content.figures);
          client.setQueryData(memoKeys.one(id), saved);
          setStatus(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date().toISOString() });
          return true;
        } catch (failure) {
          if (failure instanceof EnvelopeError && failure.code === 'CONFLICT') {
            conflicted.current = true;
            setStatus({ kind: 'conflict' });
          } else {
            dirty.current = true;
            const { message, details } =
              failure instanceof EnvelopeError
                ? describeError(failure)
                : { message: failure instanceof Error ? failure.message : String(failure), details: [] };
            setStatus({ kind: 'error', message, details });
          }
          return false;
        } finally {
          inFlight.current = null;
        }
      })();
      inFlight.current = run.then(() => undefined);
      return run;
    },
    [client, id],
  );

  const saveInput = useCallback(() => ({ id, baseVersion: versionRef.current, edit: sanitized(editRef.current) }), [id]);

  /** Saves what is not yet saved; false when it could not be saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    if (conflicted.current) return false;
    if (!dirty.current) return true;
    return startSave(api.saveMemo(saveInput()));
  }, [startSave, saveInput]);

  /**
   * The page is being unloaded (the tab or window closed, or reloaded): sends what is not yet saved
   * in a request that outlives the page, where one can be made (the browser host, up to its size);
   * false when it cannot be, and the closing then asks first. A save under way cannot be followed by
   * another that outlives the page (it would not know the version the first one makes).
   */
  const saveOnUnload = useCallback((): boolean => {
    if (conflicted.current || inFlight.current) return false;
    if (!dirty.current) return true;
    const request = sendOnUnload('saveMemo', saveInput());
    if (!request) return false;
    // Should the page stay after all (another place asked first), the answer is taken as any save's.
    void startSave(request);
    return true;
  }, [startSave, saveInput]);

  // Closing or reloading the window saves the last changes first, or asks when they cannot be saved
  // (unsaved/closeGuard.ts).
  useUnsavedWork(status.kind === 'saved' ? null : { what: unsavedMemoText(edit.metadata.title), revision: changeCount, save: flush, saveOnUnload });

  // Autosave a second after the last change.
  useEffect(() => {
    if (changeCount === 0) return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [changeCount, flush]);

  // Leaving the editor saves what is typed.
  useEffect(() => () => void flush(), [flush]);

  // The preview and the chips: core resolves the current content ~150 ms after the last keystroke.
  const content: MemoContent = useMemo(() => ({ ...initial.content, ...edit, figures }), [initial.content, edit, figures]);
  const [debounced] = useDebouncedValue(content, PREVIEW_MS);
  const resolved = useMemo(() => {
    try {
      const safe = { ...debounced, ...sanitized(debounced) };
      const doc = resolveContent(safe);
      return { doc, html: memoHtml(doc), error: null, safe };
    } catch (failure) {
      return { doc: null, html: null, error: failure instanceof Error ? failure.message : 'Förhandsgranskningen kunde inte göras.', safe: null };
    }
  }, [debounced]);
  const lastGood = useRef(resolved);
  if (resolved.doc) lastGood.current = resolved;
  const doc = lastGood.current.doc;
  const figureTexts = useMemo(() => new Map<string, FigureText>((doc?.figures ?? []).map((f) => [f.key, { name: f.name, text: f.text }])), [doc]);
  const lastSafe = lastGood.current.safe;
  const outdatedWarning = outdatedText(live.summary.outdatedBecause, live.summary.figuresComputedAt, new Date());
  const checks = useMemo(() => (lastSafe ? exportChecks(lastSafe, outdatedWarning) : []), [lastSafe, outdatedWarning]);
  const placeholders = useMemo(() => (doc ? placeholderHelp(doc) : []), [doc]);
  const picker = useFigurePicker(figureTexts);

  const setSection = (key: SectionKey, json: unknown) => change((e) => ({ ...e, sections: { ...e.sections, [key]: json as RichText } }));
  const toggleSection = (key: SectionKey, on: boolean) =>
    change((e) => {
      const current = e.sections[key];
      if (!on && current) removed.current.set(key, current);
      return { ...e, sections: { ...e.sections, [key]: on ? (removed.current.get(key) ?? EMPTY_RICH_TEXT) : null } };
    });

  const openUpdate = async () => {
    setUpdate({ state: 'loading', applying: false });
    try {
      const result = unwrap(await api.previewFigureUpdate({ id }));
      setUpdate({ state: { changes: result.changes, notices: result.notices }, applying: false });
    } catch (failure) {
      setUpdate({ state: { error: failure }, applying: false });
    }
  };

  const applyUpdate = async () => {
    setUpdate((u) => u && { ...u, applying: true });
    try {
      if (!(await flush())) throw new Error('Texten kunde inte sparas, så siffrorna uppdaterades inte.');
      const result = unwrap(await api.applyFigureUpdate({ id, baseVersion: versionRef.current }));
      versionRef.current = result.version;
      setVersion(result.version);
      setFigures(result.content.figures);
      client.setQueryData(memoKeys.one(id), result);
      void client.invalidateQueries({ queryKey: memoKeys.all });
      setUpdate(null);
      notifications.show({
        color: 'teal',
        title: 'Siffrorna är uppdaterade',
        message: 'Tjänsteutlåtandet visar nu siffrorna från den aktuella planen och statistiken.',
      });
    } catch (failure) {
      if (failure instanceof EnvelopeError && failure.code === 'CONFLICT') {
        conflicted.current = true;
        setStatus({ kind: 'conflict' });
      }
      setUpdate({ state: { error: failure }, applying: false });
    }
  };

  const restore = async (v: number) => {
    if (!(await flush()) && !conflicted.current) throw new Error('Texten kunde inte sparas, så versionen återställdes inte.');
    const result = unwrap(await api.restoreMemoVersion({ id, version: v }));
    void client.invalidateQueries({ queryKey: memoKeys.all });
    setPanel(null);
    notifications.show({ color: 'teal', title: 'Versionen är återställd', message: `Version ${v} är återställd som version ${result.version}.` });
    onReplaced(result);
  };

  const outdated = live.summary.outdated;

  return (
    <FigureTextsContext value={figureTexts}>
      <Box px={{ base: 'md', sm: 'xl' }} py="lg">
        <Stack gap="md">
          <Stack gap={6}>
            {back}
            <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Badge variant="light">{initial.summary.typeLabel}</Badge>
                  <Text size="xs" c="dimmed">
                    {initial.summary.unit}, {initial.summary.year}
                    {initial.summary.scenarioName ? ` · scenario ${initial.summary.scenarioName}` : ''}
                  </Text>
                </Group>
                <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                  {edit.metadata.title || 'Tjänsteutlåtande utan titel'}
                </Title>
                <SaveStatusLine status={status} />
              </Stack>
              <Group gap="xs">
                <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void openUpdate()}>
                  Uppdatera siffror
                </Button>
                <Button variant="default" leftSection={<IconHistory size={16} />} onClick={() => setPanel('versions')}>
                  Versioner
                </Button>
                <Button
                  leftSection={<IconChecklist size={16} />}
                  onClick={() => setPanel('export')}
                  rightSection={
                    checks.length > 0 ? (
                      <Badge size="sm" circle color="yellow" aria-label={checksCountText(checks.length)}>
                        {checks.length}
                      </Badge>
                    ) : undefined
                  }
                >
                  Kontrollera och exportera
                </Button>
              </Group>
            </Group>
          </Stack>
          {status.kind === 'conflict' && (
            <Alert
              color="red"
              icon={<IconAlertTriangle size={18} />}
              title="Tjänsteutlåtandet har ändrats på annat håll"
              role="alert"
              data-testid="memo-conflict"
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  Någon har sparat en nyare version (i ett annat fönster eller från kommandoraden) sedan du började skriva. Dina senaste ändringar är inte
                  sparade. Läs in den sparade versionen och gör om ändringarna.
                </Text>
                <Button size="xs" color="red" variant="light" onClick={() => void onReload()}>
                  Läs in den sparade versionen
                </Button>
              </Stack>
            </Alert>
          )}
          {status.kind === 'error' && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Ändringen är inte sparad" role="alert">
              <Text size="sm">{status.message}</Text>
              {status.details.map((d, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: messages shown as given, replaced as a whole and never reordered; two may read alike
                <Text key={i} size="sm">
                  {d}
                </Text>
              ))}
            </Alert>
          )}
          {outdated && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Siffrorna är inte aktuella" data-testid="memo-outdated-alert">
              <Group justify="space-between" gap="sm">
                <Text size="sm">{outdatedWarning} Välj Uppdatera siffror för att se vad som ändras.</Text>
                <Button size="xs" variant="light" color="yellow" onClick={() => void openUpdate()}>
                  Uppdatera siffror
                </Button>
              </Group>
            </Alert>
          )}
          {initial.scenarioMissing && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Scenariot finns inte längre">
              Scenariot som siffrorna räknades från har tagits bort. Siffrorna står kvar som de räknades; Uppdatera siffror räknar från den sparade planen.
            </Alert>
          )}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="md">
                <MetadataPanel
                  district={initial.summary.district}
                  year={initial.summary.year}
                  metadata={edit.metadata}
                  options={edit.options}
                  skrivelse={edit.skrivelse}
                  onMetadata={(patch) => change((e) => ({ ...e, metadata: { ...e.metadata, ...patch } }))}
                  onOptions={(patch) => change((e) => ({ ...e, options: { ...e.options, ...patch } }))}
                  onSkrivelse={(patch) => change((e) => (e.skrivelse ? { ...e, skrivelse: { ...e.skrivelse, ...patch } } : e))}
                />
                {SECTION_KEYS.map((key) => {
                  const section = edit.sections[key];
                  return (
                    <Card key={key} padding="md" data-testid={`memo-section-${key}`} onFocusCapture={() => setFocusSection(key)}>
                      <Group justify="space-between" mb={section ? 'sm' : 0} wrap="nowrap">
                        <Title order={2} size="h3" {...(section ? {} : { c: 'dimmed' })}>
                          {SECTION_HEADINGS[key]}
                        </Title>
                        <Switch
                          size="sm"
                          label="Ta med avsnittet"
                          checked={section !== null}
                          onChange={(e) => toggleSection(key, e.currentTarget.checked)}
                          aria-label={`Ta med avsnittet ${SECTION_HEADINGS[key]}`}
                        />
                      </Group>
                      {section && (
                        <SectionEditor
                          heading={SECTION_HEADINGS[key]}
                          sectionKey={key}
                          initial={section}
                          onChange={(json) => setSection(key, json)}
                          onInsertFigure={(editor: Editor) => picker.open(editor)}
                        />
                      )}
                    </Card>
                  );
                })}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <PreviewPane html={lastGood.current.html} error={resolved.error} updating={content !== debounced} focusSection={focusSection} />
            </Grid.Col>
          </Grid>
        </Stack>
      </Box>
      {picker.picker}
      {update && (
        <FigureUpdateModal
          state={update.state}
          outdated={outdated}
          applying={update.applying}
          onApply={() => void applyUpdate()}
          onClose={() => setUpdate(null)}
        />
      )}
      <VersionsDrawer id={id} opened={panel === 'versions'} current={content} currentVersion={version} onClose={() => setPanel(null)} onRestore={restore} />
      <ExportDrawer
        opened={panel === 'export'}
        onClose={() => setPanel(null)}
        memoId={id}
        district={initial.summary.district}
        templateId={templateId}
        checks={checks}
        placeholders={placeholders}
        flush={flush}
        onTemplateChanged={setTemplateId}
      />
    </FigureTextsContext>
  );
}

function SaveStatusLine({ status }: { status: SaveStatus }) {
  const body = (() => {
    switch (status.kind) {
      case 'saved':
        return (
          <Group gap={4}>
            <IconCloudCheck size={14} color="var(--mantine-color-teal-7)" />
            <Text size="xs" c="dimmed">
              {status.at ? `Sparat kl. ${clockTime(status.at)}` : 'Alla ändringar är sparade'}
            </Text>
          </Group>
        );
      case 'pending':
        return (
          <Text size="xs" c="dimmed">
            Ändrat, sparas strax
          </Text>
        );
      case 'saving':
        return (
          <Group gap={6}>
            <Loader size={10} />
            <Text size="xs" c="dimmed">
              Sparar…
            </Text>
          </Group>
        );
      case 'conflict':
        return (
          <Text size="xs" c="red">
            Inte sparat: nyare version finns
          </Text>
        );
      case 'error':
        return (
          <Tooltip label={status.message}>
            <Text size="xs" c="red">
              Inte sparat
            </Text>
          </Tooltip>
        );
    }
  })();
  return (
    <div aria-live="polite" data-testid="memo-save-status">
      {body}
    </div>
  );
}
