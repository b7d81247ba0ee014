// A calm public-sector look: deep municipal blue for structure, teal for positive accents,
// generous white space and high contrast text.
import { createTheme, type MantineColorsTuple } from '@mantine/core';

const stad: MantineColorsTuple = [
  '#edf3fa',
  '#d9e4f1',
  '#afc6e3',
  '#83a7d5',
  '#5e8cc9',
  '#4679c1',
  '#3a6fbe',
  '#2c5ea8',
  '#225396',
  '#0f4785',
];

const fontStack =
  "'Inter Variable', 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";

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
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, multiline: true, w: 340, openDelay: 150 } },
  },
});
