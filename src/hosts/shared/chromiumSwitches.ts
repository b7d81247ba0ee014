// Chromium switches the app runs with, shared by the Electron shell and the bench that measures the opening.
//
// Why BackgroundResourceFetch is switched off: with this feature (on by default in recent Chromium) module
// scripts are fetched off the main thread, and on that path V8's code cache is not consumed, so every start
// compiles the whole renderer again. With it off, a later start deserialises the compiled code it kept
// (seen in a trace as V8.CompileDeserialize), and the scripts of a later start ran about 50–80 ms sooner
// in headless Chromium on the development machine. Nothing else about loading changes.

/** The command line switches, as name and value (Electron's app.commandLine.appendSwitch takes them so). */
export const CHROMIUM_SWITCHES: readonly { name: string; value: string }[] = [{ name: 'disable-features', value: 'BackgroundResourceFetch' }];

/** The same switches as command line arguments, for a Chromium started by a program (`--name=value`). */
export function chromiumSwitchArgs(): string[] {
  return CHROMIUM_SWITCHES.map(({ name, value }) => `--${name}=${value}`);
}

/** Appends the switches to a command line such as Electron's `app.commandLine`; must run before the app is ready. */
export function appendChromiumSwitches(commandLine: { appendSwitch(name: string, value?: string): void }): void {
  for (const { name, value } of CHROMIUM_SWITCHES) commandLine.appendSwitch(name, value);
}
