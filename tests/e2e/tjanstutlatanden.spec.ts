// Tjänsteutlåtanden from the demo: a memo of each type, a section edited with a figure chip, the
// plan changed and "Uppdatera siffror" listing the change, and both exports through the download
// (the .docx a Word zip, the PDF with the title in its text). Screenshots of the list and the
// editor (light, dark, 640 px) and PNG pages of the PDF go to test-results/memo-ui and
// /tmp/memo-ui-shots when screenshots are asked for (LOTSPLAN_E2E_SCREENSHOTS=1).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { expectNoAxeViolations } from './axe.ts';
import { test, expect, inEachScheme, openDemo, screenshotWholePage, screenshot, TAKE_SCREENSHOTS } from './fixtures.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

const SHOTS = 'test-results/memo-ui';
const EXTRA = '/tmp/memo-ui-shots';

function shot(name: string): string[] {
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.mkdirSync(EXTRA, { recursive: true });
  return [path.join(SHOTS, name), path.join(EXTRA, name)];
}

async function capture(page: Page, name: string, whole = false): Promise<void> {
  // The folders are made either way: the exports and the PDF's pages are saved there too.
  const [first, second] = shot(name);
  if (!TAKE_SCREENSHOTS) return;
  if (whole) await screenshotWholePage(page, first!);
  else await screenshot(page, first!);
  fs.copyFileSync(first!, second!);
}

async function toList(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Tjänsteutlåtanden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna' })).toBeVisible();
}

async function createMemo(page: Page, typeLabel: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Nytt tjänsteutlåtande' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nytt tjänsteutlåtande' });
  await dialog.getByRole('radio', { name: typeLabel }).check();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: 'Skapa utkast' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('memo-save-status')).toBeVisible();
  await expect(page.getByText(typeLabel, { exact: true }).first()).toBeVisible();
}

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('memo-save-status')).toContainText('Sparat', { timeout: 15_000 });
}

test('Tjänsteutlåtanden: one of each type, a section and a figure chip, Uppdatera siffror after a plan change, Word and PDF export', async ({ page, host }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDemo(page);
  await toList(page);
  await expect(page.getByText('Inga tjänsteutlåtanden ännu')).toBeVisible();

  // One memo of each type; the skrivelse with its date, authors and the two standard questions.
  await createMemo(page, 'Svar på skrivelse', async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Från' }).fill('Niklas Thorén m.fl. (V)');
    await dialog.getByRole('textbox', { name: 'Skrivelsens text' }).fill('Vi vill veta hur SIG klarar ett högre tryck.');
    await expect(dialog.getByRole('textbox', { name: 'Frågor, en per rad' })).toHaveValue(/besparingskrav/);
    await capture(page, 'nytt-tjansteutlatande.png');
  });
  await expect(page.getByTestId('memo-section-arendet')).toContainText('besparingskrav');
  await toList(page);
  for (const type of ['Redovisning/uppföljning', 'Underlag om bemanning/ansökan om medel', 'Eget ärende']) {
    await createMemo(page, type);
    await toList(page);
  }
  const rows = page.getByTestId('memo-row');
  await expect(rows).toHaveCount(4);
  await expect(page.getByTestId('memo-list')).toContainText('Svar på skrivelse');
  await expect(page.getByTestId('memo-list')).toContainText('Eget ärende');
  await capture(page, 'lista.png', true);

  // Open the redovisning and edit Sammanfattning.
  await rows.filter({ hasText: 'Redovisning/uppföljning' }).getByRole('link').click();
  const section = page.getByRole('textbox', { name: 'Text under Sammanfattning' });
  await expect(section).toBeVisible();
  const preview = page.frameLocator('[data-testid="memo-preview"]');
  await expect(preview.locator('body')).toContainText('Sammanfattning');
  await section.click();
  await page.keyboard.press('Control+End');
  const chips = section.locator('.memo-figure-chip');
  const before = await chips.count();
  await page.keyboard.type(' Enheten har i dag ');
  // A figure chip from the picker: the number is the plan's, not typed.
  await page.getByRole('button', { name: 'Infoga siffra i Sammanfattning' }).click();
  const search = page.getByRole('textbox', { name: 'Sök siffra att infoga' });
  await search.fill('Inskrivna');
  await capture(page, 'infoga-siffra.png');
  await page.locator('.mantine-Spotlight-action', { hasText: 'Inskrivna' }).first().click();
  await expect(chips).toHaveCount(before + 1);
  const chipText = (await chips.last().textContent())!.trim();
  expect(chipText.length).toBeGreaterThan(0);
  // When the picker has closed, the cursor is back in the text, after the chip.
  await expect(section).toBeFocused();
  await page.keyboard.type('.');
  await expect(preview.locator('body')).toContainText(`Enheten har i dag ${chipText}.`);
  await waitSaved(page);
  await capture(page, 'editor-ljust.png');

  // The preview shows the section being edited, and keeps its place when the text changes.
  const previewScroll = async () => {
    const frame = await (await page.getByTestId('memo-preview').elementHandle())!.contentFrame();
    return Number(await frame!.evaluate('window.scrollY'));
  };
  const arendet = page.getByRole('textbox', { name: 'Text under Ärendet', exact: true });
  await arendet.click();
  await expect.poll(previewScroll).toBeGreaterThan(300);
  // The preview scrolls smoothly to the section; its place is read once it has come to rest: the
  // same over three reads 300 ms apart, since on a busy machine the smooth scroll can pause for a
  // frame or two (two equal reads 100 ms apart once let it move on by 45 px afterwards).
  let place = await previewScroll();
  let stillReads = 0;
  await expect
    .poll(
      async () => {
        const now = await previewScroll();
        stillReads = now === place ? stillReads + 1 : 0;
        place = now;
        return stillReads;
      },
      { intervals: [300] },
    )
    .toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Tillägg.');
  await expect(preview.locator('body')).toContainText('Tillägg.');
  expect(Math.abs((await previewScroll()) - place)).toBeLessThan(40);
  for (let i = 0; i < ' Tillägg.'.length; i++) await page.keyboard.press('Backspace');
  await expect(preview.locator('body')).not.toContainText('Tillägg.');
  await waitSaved(page);

  // After a reload the text and the chip are still there (saved, not only shown).
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Text under Sammanfattning' }).locator('.memo-figure-chip')).toHaveCount(before + 1);
  await expect(page.getByRole('textbox', { name: 'Text under Sammanfattning' }).locator('.memo-figure-chip').last()).toHaveText(chipText);

  // The plan changes: row 1's salary 38 500 → 40 000 on Bemanning och budget.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bemanning och budget' }).click();
  const salary1 = page.getByRole('textbox', { name: 'Månadslön, rad 1' });
  await salary1.fill('40 000');
  await salary1.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Månadslön, rad 2' })).toBeFocused();
  await toList(page);
  const redovisning = rows.filter({ hasText: 'Redovisning/uppföljning' });
  await expect(redovisning.getByTestId('memo-outdated')).toBeVisible();
  await redovisning.getByRole('link').click();
  await expect(page.getByTestId('memo-outdated-alert')).toContainText('Planen har ändrats sedan siffrorna räknades');
  await page.getByRole('button', { name: 'Uppdatera siffror' }).first().click();
  const update = page.getByRole('dialog', { name: 'Uppdatera siffror' });
  const changes = update.getByTestId('figure-changes');
  // 1 500 kr more a month for twelve months with PO: the surplus falls by 25 047 kronor.
  const surplus = changes.getByRole('row').filter({ hasText: 'Överskott' });
  await expect(surplus).toContainText(/310\D174\Dkronor/);
  await expect(surplus).toContainText(/285\D127\Dkronor/);
  await capture(page, 'uppdatera-siffror.png');
  await update.getByRole('button', { name: 'Uppdatera siffrorna' }).click();
  await expect(update).toHaveCount(0);
  await expect(page.getByTestId('memo-outdated-alert')).toHaveCount(0);

  // A scenario made for another purpose leaves the memo current, for it shows no scenarios.
  const scenario = await page.request.post(`${host.url}api/createScenario`, {
    headers: { 'x-lotsplan-token': host.token },
    data: { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020, name: 'Ökat tryck', preset: 'increasedPressure' },
  });
  expect(((await scenario.json()) as { ok: boolean }).ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Uppdatera siffror' }).first()).toBeVisible();
  await expect(page.getByTestId('memo-outdated-alert')).toHaveCount(0);

  // Metadata: a Dnr and a title the PDF must carry.
  await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('Redovisning av SIG vuxna 2020');
  await page.getByRole('textbox', { name: 'Dnr', exact: true }).fill('RK-2020/077');
  await expect(preview.locator('body')).toContainText('Redovisning av SIG vuxna 2020');
  await waitSaved(page);

  // Check and export: the check list, then Word and PDF through the download.
  await page.getByRole('button', { name: /Kontrollera och exportera/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Kontrollera och exportera' });
  await expect(drawer.getByTestId('memo-checks')).toBeVisible();
  await capture(page, 'kontroll-export.png');

  const wordDownload = page.waitForEvent('download');
  await drawer.getByRole('button', { name: 'Exportera Word' }).click();
  const word = await wordDownload;
  expect(word.suggestedFilename()).toMatch(/\.docx$/);
  const docxPath = path.join(EXTRA, 'export.docx');
  await word.saveAs(docxPath);
  const entries = execFileSync('unzip', ['-l', docxPath], { encoding: 'utf8' });
  expect(entries).toContain('word/document.xml');
  const documentXml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8' });
  expect(documentXml).toContain('Redovisning av SIG vuxna 2020');
  expect(documentXml.replace(/<[^>]+>/g, '')).toContain(`Enheten har i dag ${chipText}.`);
  // The drawer says what was saved, and nothing lies over its buttons: the next export can be
  // chosen at once (a trial click fails when another element would take the click).
  await expect(drawer.getByTestId('export-notice')).toContainText(`${word.suggestedFilename()} är sparad.`);
  await drawer.getByRole('button', { name: 'Exportera PDF' }).click({ trial: true, timeout: 2_000 });
  await inEachScheme(page, async (scheme) => {
    await expectNoAxeViolations(page, `Kontrollera och exportera after an export (${scheme})`);
    await capture(page, `kontroll-exporterat-${scheme}.png`);
  });

  const pdfDownload = page.waitForEvent('download');
  await drawer.getByRole('button', { name: 'Exportera PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = path.join(EXTRA, 'export.pdf');
  await pdf.saveAs(pdfPath);
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('Redovisning av SIG vuxna 2020');
  // The PDF's pages as pictures are for people to look at, like the screenshots: made only with them.
  if (TAKE_SCREENSHOTS) {
    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, path.join(EXTRA, 'pdf-sida')]);
    for (const f of fs.readdirSync(EXTRA).filter((n) => n.startsWith('pdf-sida'))) fs.copyFileSync(path.join(EXTRA, f), path.join(SHOTS, f));
  }
  await expect(drawer.getByTestId('export-notice')).toContainText(`${pdf.suggestedFilename()} är sparad.`);
  await drawer.getByRole('button', { name: 'Stäng' }).click();
  // Opened again later, the drawer no longer reports the last export.
  await page.getByRole('button', { name: /Kontrollera och exportera/ }).click();
  await expect(drawer.getByTestId('memo-checks')).toBeVisible();
  await expect(drawer.getByTestId('export-notice')).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Stäng' }).click();

  // The list says the memo was exported.
  await toList(page);
  await expect(rows.filter({ hasText: 'Redovisning av SIG vuxna 2020' })).not.toContainText('Inte exporterad');

  // The editor in dark mode and at 640 px (200 % zoom of a 1280 px window).
  await rows.filter({ hasText: 'Redovisning av SIG vuxna 2020' }).getByRole('link').click();
  await expect(page.getByRole('textbox', { name: 'Text under Sammanfattning' })).toBeVisible();
  await page.evaluate("document.documentElement.setAttribute('data-mantine-color-scheme', 'dark')");
  await capture(page, 'editor-morkt.png');
  await page.evaluate("document.documentElement.setAttribute('data-mantine-color-scheme', 'light')");
  await page.setViewportSize({ width: 640, height: 900 });
  await expect(page.getByRole('textbox', { name: 'Text under Sammanfattning' })).toBeVisible();
  await capture(page, 'editor-640.png');
  // Below 768 px the app shell lays its navigation over every page (it has no menu button yet):
  // the editor's own layout at 640 px, with the navigation moved aside for this one capture.
  await page.addStyleTag({
    content: 'nav.mantine-AppShell-navbar { display: none !important; } main.mantine-AppShell-main { padding-inline-start: 0 !important; }',
  });
  await expect(page.getByRole('textbox', { name: 'Text under Sammanfattning' })).toBeVisible();
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(640);
  await capture(page, 'editor-640-innehall.png');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Text under Sammanfattning' })).toBeVisible();
  await page.evaluate("document.documentElement.setAttribute('data-mantine-color-scheme', 'dark')");
  await toList(page);
  await capture(page, 'lista-morkt.png');
  await page.evaluate("document.documentElement.setAttribute('data-mantine-color-scheme', 'light')");

  expect(errors).toEqual([]);
});

test('versions are compared and restored, a save over a newer version is refused, a template that is not a .docx is refused, and a memo is copied, deleted and undeleted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDemo(page);
  await toList(page);
  await createMemo(page, 'Eget ärende');
  const editorUrl = page.url();
  await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('Mitt ärende');
  const summary = page.getByRole('textbox', { name: 'Text under Sammanfattning' });
  await summary.click();
  await page.keyboard.type('Första meningen i sammanfattningen.');
  await waitSaved(page);

  // Versions: the draft as created against the text now, section by section; then restored.
  await page.getByRole('button', { name: 'Versioner' }).click();
  const versions = page.getByRole('dialog', { name: 'Versioner' });
  const list = versions.getByRole('navigation', { name: 'Versioner' });
  await expect(list.getByRole('button')).toHaveCount(2);
  await list.getByRole('button').last().click();
  const compare = versions.getByTestId('version-compare');
  await expect(compare).toContainText('Första meningen i sammanfattningen.');
  // Sammanfattning and the title (Uppgifter om ärendet) changed; every other section did not.
  await expect(compare.getByText('Ändrat', { exact: true })).toHaveCount(2);
  await expect(compare.getByText('Oförändrat', { exact: true })).toHaveCount(8);
  await capture(page, 'versioner.png');
  await versions.getByRole('button', { name: /Återställ version/ }).click();
  await expect(versions).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Text under Sammanfattning' })).not.toContainText('Första meningen');
  await expect(page.getByRole('textbox', { name: 'Titel', exact: true })).toHaveValue('');

  // A second window on the same memo saves first: this window's save is refused with a reload.
  const other = await page.context().newPage();
  await other.goto(editorUrl);
  await expect(other.getByRole('textbox', { name: 'Text under Sammanfattning' })).toBeVisible();
  await other.getByRole('textbox', { name: 'Titel', exact: true }).fill('Från det andra fönstret');
  await expect(other.getByTestId('memo-save-status')).toContainText('Sparat', { timeout: 15_000 });
  await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('Från det första fönstret');
  const conflict = page.getByTestId('memo-conflict');
  await expect(conflict).toContainText('Tjänsteutlåtandet har ändrats på annat håll');
  await conflict.getByRole('button', { name: 'Läs in den sparade versionen' }).click();
  await expect(page.getByRole('textbox', { name: 'Titel', exact: true })).toHaveValue('Från det andra fönstret');
  await other.close();

  // A paste from Word: styles, an image, a link, a heading and a table become plain paragraphs.
  const word =
    '<html><body><p class="MsoNormal" style="color:red;mso-line-height-rule:exactly"><span style="font-family:Calibri">Inklistrat från <b>Word</b> med </span>' +
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="logga"><a href="https://example.invalid/">en länk</a>.</p><h1>En rubrik</h1><table><tr><td>En cell</td></tr></table></body></html>';
  const background = page.getByRole('textbox', { name: 'Text under Bakgrund' });
  await background.click();
  // Element functions run in the page; this file is type-checked without the DOM library.
  await background.evaluate((element, html) => {
    const dom = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => unknown;
    };
    const data = new dom.DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Inklistrat från Word');
    (element as unknown as { dispatchEvent(event: unknown): boolean }).dispatchEvent(
      new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, word);
  await expect(background).toContainText('Inklistrat från Word med en länk.');
  await waitSaved(page);
  await page.reload();
  const pasted = page.getByRole('textbox', { name: 'Text under Bakgrund' });
  await expect(pasted).toContainText('Inklistrat från Word med en länk.');
  await expect(pasted).toContainText('En rubrik');
  await expect(pasted.locator('img, a, h1, table, span[style]')).toHaveCount(0);
  await expect(pasted.locator('strong')).toHaveText('Word');

  // A "template" that is a renamed text file is refused in Swedish; the memo keeps Lotsplan's layout.
  await page.getByRole('button', { name: /Kontrollera och exportera/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Kontrollera och exportera' });
  await expect(drawer.getByTestId('memo-checks')).toContainText('Dnr saknas.');
  await drawer.locator('input[type="file"]').setInputFiles({
    name: 'mall.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('inte en Word-fil'),
  });
  await expect(drawer.getByRole('alert')).toContainText('Filen mall.docx är inte ett Word-dokument (.docx). Ingenting har sparats.');
  await expect(drawer.getByRole('combobox', { name: 'Mall för det här tjänsteutlåtandet' })).toHaveValue('Lotsplans layout (ingen mall)');
  // A real template: a known and an unknown placeholder (the known one split over two runs, as Word does).
  const template = await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('{{ti'), new TextRun({ text: 'tel}}', bold: true })] }),
            new Paragraph('Dnr: {{dnr}}'),
            new Paragraph('{{ärendet}}'),
            new Paragraph('{{kommunens_logga}}'),
          ],
        },
      ],
    }),
  );
  await drawer
    .locator('input[type="file"]')
    .setInputFiles({ name: 'Stadens mall.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: template });
  await expect(drawer.getByRole('combobox', { name: 'Mall för det här tjänsteutlåtandet' })).toHaveValue('Stadens mall.docx');
  await expect(drawer.getByTestId('unknown-placeholders')).toContainText('{{kommunens_logga}}');
  await expect(drawer.getByTestId('unknown-placeholders')).not.toContainText('{{titel}}');
  await drawer.getByRole('button', { name: 'Gör till standard för Rinkeby-Kista' }).click();
  await expect(drawer.getByRole('combobox', { name: 'Mall för det här tjänsteutlåtandet' })).toHaveValue('Stadens mall.docx (standard för Rinkeby-Kista)');
  await expect(drawer.getByTestId('template-notice')).toHaveText('Stadens mall.docx är nu standardmall för Rinkeby-Kista.');
  await drawer.getByRole('button', { name: 'Exportera Word' }).click({ trial: true, timeout: 2_000 });
  const filled = page.waitForEvent('download');
  await drawer.getByRole('button', { name: 'Exportera Word' }).click();
  const filledPath = path.join(EXTRA, 'mall-ifylld.docx');
  await (await filled).saveAs(filledPath);
  const filledXml = execFileSync('unzip', ['-p', filledPath, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, '');
  expect(filledXml).toContain('Från det andra fönstret');
  expect(filledXml).not.toContain('{{titel}}');
  await expect(drawer.getByTestId('export-warnings')).toContainText('kommunens_logga');
  await capture(page, 'mall.png');
  await drawer.getByRole('button', { name: 'Platshållare' }).click();
  const help = page.getByRole('dialog', { name: 'Platshållare i Word-mallar' });
  await expect(help).toContainText('{{titel}}');
  await expect(help).toContainText('{{ärendet}}');
  await capture(page, 'platshallare.png');
  await help.getByRole('button').first().click();
  await drawer.getByRole('button', { name: 'Stäng' }).click();

  await toList(page);
  const rows = page.getByTestId('memo-row');
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Kopiera Från det andra fönstret' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Ta bort Från det andra fönstret' }).first().click();
  await page.getByRole('dialog', { name: 'Ta bort tjänsteutlåtande' }).getByRole('button', { name: 'Ta bort' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(rows).toHaveCount(2);

  // The handläggare saved as the district's default comes with the next new memo.
  await rows.first().getByRole('link').click();
  await page.getByRole('textbox', { name: 'Handläggare', exact: true }).fill('Ada Lovén');
  await page.getByRole('textbox', { name: 'Telefon', exact: true }).fill('08-508 00 000');
  await page.getByRole('button', { name: 'Spara som standard' }).click();
  await expect(page.getByText('Standarduppgifterna är sparade')).toBeVisible();
  await waitSaved(page);
  await toList(page);
  await createMemo(page, 'Redovisning/uppföljning');
  await expect(page.getByRole('textbox', { name: 'Handläggare', exact: true })).toHaveValue('Ada Lovén');
  await expect(page.getByRole('textbox', { name: 'Telefon', exact: true })).toHaveValue('08-508 00 000');
});

test('a memo flagged out of date whose printed figures do not change can be marked current', async ({ page, host }) => {
  await openDemo(page);
  const post = async <T>(call: string, data: object): Promise<T> => {
    const response = await page.request.post(`${host.url}api/${call}`, { headers: { 'x-lotsplan-token': host.token }, data });
    const body = (await response.json()) as { ok: boolean; value: T };
    expect(body.ok, call).toBe(true);
    return body.value;
  };
  const area = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };
  // A memo of its own shows no tables, so a new title for a position changes nothing it prints.
  const memo = await post<{ summary: { id: number } }>('createMemo', { ...area, type: 'eget' });
  const plan = await post<{ positions: { id: number }[] }>('getStaffingPlan', area);
  await post('updatePosition', { ...area, positionId: plan.positions[0]!.id, changes: { title: 'Lots, Järva' } });

  await page.goto(`/#/tjansteutlatanden/${memo.summary.id}?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020`);
  await expect(page.getByTestId('memo-outdated-alert')).toContainText('Planen har ändrats sedan siffrorna räknades');
  await page.getByRole('button', { name: 'Uppdatera siffror' }).first().click();
  const update = page.getByRole('dialog', { name: 'Uppdatera siffror' });
  await expect(update).toContainText('Siffrorna är redan aktuella');
  await update.getByRole('button', { name: 'Markera som aktuella' }).click();
  await expect(update).toHaveCount(0);
  await expect(page.getByTestId('memo-outdated-alert')).toHaveCount(0);
});

test('quotation marks typed or pasted into a memo become Swedish ones', async ({ page, host }) => {
  await openDemo(page);
  const response = await page.request.post(`${host.url}api/createMemo`, {
    headers: { 'x-lotsplan-token': host.token },
    data: { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020, type: 'eget' },
  });
  const memo = (await response.json()) as { value: { summary: { id: number } } };
  await page.goto(`/#/tjansteutlatanden/${memo.value.summary.id}?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020`);
  const section = page.getByRole('textbox', { name: /^Text under / }).first();
  await section.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` Förvaltningen föreslår "fler lotsar" och enhetens 'egna' mål.`);
  await expect(section).toContainText('Förvaltningen föreslår \u201dfler lotsar\u201d och enhetens \u2019egna\u2019 mål.');
  // Pasted text gets the same marks.
  // (The tests are type-checked without the DOM library, hence the casts.)
  await section.evaluate((el, text) => {
    const w = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => unknown;
    };
    const data = new w.DataTransfer();
    data.setData('text/plain', text);
    (el as unknown as { dispatchEvent(event: unknown): boolean }).dispatchEvent(
      new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, ` Han skrev "ja" och 'nej'.`);
  await expect(section).toContainText('Han skrev \u201dja\u201d och \u2019nej\u2019.');
  await expect(section).not.toContainText('"');
});
