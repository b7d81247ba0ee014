// What the preload bridge exposes on window.lotsplan, in one place: the unit test of the bridge
// (bridge.test.ts) and the E2E test of the real app (tests/e2e/electron.spec.ts) both check it.
export const BRIDGE_KEYS = ['api', 'host', 'onMenuCommand', 'onSaveBeforeClose'] as const;
export const BRIDGE_HOST_KEYS = [
  'chooseExchangeFile',
  'chooseSpreadsheetFile',
  'chooseTemplateFile',
  'openOtherDatabase',
  'reportUnsavedWork',
  'saveFile',
  'savedBeforeClose',
  'showLogFile',
] as const;
