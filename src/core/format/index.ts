// Swedish number, amount, percent, count and date conventions (docs/DOMAIN.md, "Swedish
// conventions"). Import from here in UI, CLI and memo code.
export {
  GROUP_SEPARATOR,
  DECIMAL_SEPARATOR,
  MINUS_SIGN,
  formatNumber,
  formatFte,
  formatLotsar,
  groupDigits,
  type DecimalOptions,
} from './number.ts';
export {
  formatKronor,
  formatMnkr,
  formatAmountForText,
  formatApproxAmountForText,
  formatAmountWithExact,
  formatThousandKronor,
  type AmountStyle,
} from './amounts.ts';
export {
  formatPercent,
  formatPercentValue,
  formatRisk,
  formatRiskTarget,
  formatUtilization,
  DEFAULT_RISK_TARGET,
  type PercentOptions,
  type PercentStyle,
  type RiskOptions,
} from './percent.ts';
export { numberWord, countInText, countWithNoun, capitalizeFirst, LARGEST_NUMBER_IN_WORDS, type WordGender, type CountNoun } from './words.ts';
export {
  formatDateText,
  formatDateTable,
  monthName,
  toCalendarDate,
  MONTH_NAMES,
  type CalendarDate,
} from './dates.ts';
export { numberKindOf, parseSwedishNumber, type NumberKind, type ParseNumberResult } from './parseNumber.ts';
export { formatClock, formatTimeText, formatDateTimeTable } from './time.ts';
export { fileSlug } from './slug.ts';
export { formatBytes, sizeLimitText } from './bytes.ts';
export { compareSwedish, sortSwedish } from './sort.ts';
