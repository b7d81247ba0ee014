// Mantine's Tooltip alone, for LazyTooltip to import when a tooltip is first needed: the Tooltip
// and its positioning engine then come as a chunk of their own instead of with the start.
export { Tooltip } from '@mantine/core';
