// The tjänsteutlåtande core: the stored model, the figure catalogue and its number style, the
// figures computed from a unit's plan, statistics and forecasts, the default texts per memo type,
// small-count masking, the resolved document every export reads, and the checks and helpers the
// editor and the API need. Pure: no IO.
export * from './model.ts';
export * from './document.ts';
export * from './sources.ts';
export * from './figureCatalogue.ts';
export * from './textFormat.ts';
export * from './computeFigures.ts';
export * from './masking.ts';
export * from './drafts.ts';
export * from './resolve.ts';
export * from './tables.ts';
export * from './sanitize.ts';
export * from './figureChanges.ts';
export * from './sourceFingerprints.ts';
export * from './checks.ts';
