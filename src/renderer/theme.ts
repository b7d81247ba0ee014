// A calm public-sector look: deep municipal blue for structure, teal for positive accents,
// generous white space and high contrast text. Every text colour reaches 4,5:1 (WCAG 2.1 AA) on
// the page, card and tinted badge backgrounds in both the light and the dark colour scheme; the
// resolver below replaces Mantine's defaults where they do not (grey secondary text is 3,3:1,
// green 2,4:1 on white).
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

const stad: MantineColorsTuple = ['#edf3fa', '#d9e4f1', '#afc6e3', '#83a7d5', '#5e8cc9', '#4679c1', '#3a6fbe', '#2c5ea8', '#225396', '#0f4785'];

const fontStack = "'Inter Variable', 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";

/** Text colours per scheme: on white/grey-0 in light, on dark-7/dark-6 in dark (all ≥ 4,5:1). */
export const TEXT_COLORS = {
  light: {
    dimmed: '#495057',
    stad: '#225396',
    red: '#b02525',
    teal: '#06664a',
    green: '#1f6b35',
    orange: '#a63a0a',
    yellow: '#7a5200',
    blue: '#1864ab',
    gray: '#495057',
  },
  dark: {
    dimmed: '#b8b8b8',
    stad: '#afc6e3',
    red: '#ffa8a8',
    teal: '#63e6be',
    green: '#8ce99a',
    orange: '#ffc078',
    yellow: '#ffe066',
    blue: '#a5d8ff',
    gray: '#c9c9c9',
  },
} as const;

/** Filled backgrounds that carry white text at ≥ 4,5:1 in both schemes. */
const FILLED = {
  stad: '#225396',
  red: '#c92a2a',
  teal: '#06664a',
  green: '#1f6b35',
  orange: '#a63a0a',
  blue: '#1864ab',
  gray: '#495057',
} as const;

function schemeVariables(scheme: 'light' | 'dark'): Record<string, string> {
  const text = TEXT_COLORS[scheme];
  const vars: Record<string, string> = {
    '--mantine-color-dimmed': text.dimmed,
    // In dark, a hint must read as fainter than a value (#c9c9c9) and still reach 4,5:1 on the
    // input background (dark-6): #9a9a9a is 4,8:1. The dimmed grey (#b8b8b8) looked like a value.
    '--mantine-color-placeholder': scheme === 'light' ? text.dimmed : '#9a9a9a',
    '--lp-page-bg': scheme === 'light' ? 'var(--mantine-color-gray-0)' : 'var(--mantine-color-dark-8)',
    '--lp-focus': scheme === 'light' ? '#225396' : '#afc6e3',
  };
  for (const [name, value] of Object.entries(text)) {
    if (name === 'dimmed') continue;
    vars[`--mantine-color-${name}-text`] = value;
    vars[`--mantine-color-${name}-light-color`] = value;
    vars[`--mantine-color-${name}-outline`] = value;
  }
  for (const [name, value] of Object.entries(FILLED)) {
    vars[`--mantine-color-${name}-filled`] = value;
    vars[`--mantine-color-${name}-filled-hover`] = value;
  }
  vars['--mantine-primary-color-filled'] = FILLED.stad;
  vars['--mantine-primary-color-filled-hover'] = '#0f4785';
  // The active menu item and other light stad variants sit on a stronger tint than the others.
  const stadOnTint = scheme === 'light' ? '#0f4785' : text.stad;
  vars['--mantine-color-stad-light-color'] = stadOnTint;
  vars['--mantine-primary-color-light-color'] = stadOnTint;
  vars['--mantine-color-anchor'] = text.stad;
  return vars;
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: schemeVariables('light'),
  dark: schemeVariables('dark'),
});

export const theme = createTheme({
  primaryColor: 'stad',
  primaryShade: 8,
  colors: { stad },
  fontFamily: fontStack,
  headings: {
    fontFamily: fontStack,
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25' },
      h2: { fontSize: '1.375rem', lineHeight: '1.3' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.35' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  autoContrast: true,
  focusRing: 'auto',
  // A user who has asked the system for less motion gets dialogs, menus and notifications that
  // appear at once instead of sliding and fading in.
  respectReducedMotion: true,
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, multiline: true, w: 340, openDelay: 150 } },
    // Every dialog's close button has a name; the first field of a dialog takes focus when it
    // carries data-autofocus (Mantine's focus trap), otherwise the dialog itself does.
    // A table wider than its place scrolls inside a region that the keyboard can reach.
    TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Stäng' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Stäng' } } },
    // Mantine draws a dialog's title bar as <header>. Inside role="dialog" that counts as a second
    // banner landmark beside the app's own header; a dialog's title bar is not the page's banner.
    ModalHeader: { defaultProps: { component: 'div' } },
    // A notification's close button is only a cross; it needs a name as the dialogs' do.
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Stäng meddelandet' } } },
    DrawerHeader: { defaultProps: { component: 'div' } },
  },
});
