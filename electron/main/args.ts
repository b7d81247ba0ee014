// Command-line options the desktop app understands (beyond Chromium's own switches).

/** The value of `--db <path>` or `--db=<path>`, or undefined when absent or empty. */
export function readDbFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? value : undefined;
    }
    if (arg?.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      return value.length > 0 ? value : undefined;
    }
  }
  return undefined;
}
