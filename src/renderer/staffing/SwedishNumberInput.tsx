// A number field that reads Swedish numbers ("38 500", "1,5") with the core parser. The value is
// committed on Enter or when the field loses focus; a text that is not a number, or a value the
// server refuses, shows its Swedish message under the field and the stored value stays.
import { TextInput } from '@mantine/core';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { type NumberKind, numberKindOf, parseSwedishNumber } from '../../core/format/index.ts';
import { unsavedStaffingFieldText } from '../../core/unsaved/closeQuestion.ts';
import { describeError } from '../api/errors.ts';
import { useUnsavedWork } from '../unsaved/useUnsavedWork.ts';

interface Props {
  value: number;
  format: (value: number) => string;
  onCommit: (value: number) => Promise<unknown>;
  label?: string;
  ariaLabel: string;
  width?: number | string;
  suffix?: string;
  /** What the field takes, for the example in its messages and the unit it accepts; by default from the suffix or the label. */
  kind?: NumberKind;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** The saved value has a question about it (shown elsewhere): the field gets a yellow border. */
  notice?: boolean;
  inputProps?: Record<string, string>;
}

export function SwedishNumberInput({ value, format, onCommit, label, ariaLabel, width, suffix, kind, onKeyDown, notice, inputProps }: Props) {
  const [text, setText] = useState(format(value));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setText(format(value));
    setError(null);
  }, [value, format]);

  /** Saves the typed value; true when it is saved (or nothing was changed). */
  async function commit(): Promise<boolean> {
    if (text.trim() === format(value).trim()) {
      setError(null);
      return true;
    }
    const parsed = parseSwedishNumber(text, kind ?? numberKindOf({ unit: suffix, label: ariaLabel }));
    if (!parsed.ok) {
      setError(parsed.message);
      return false;
    }
    if (parsed.value === value) {
      setText(format(value));
      setError(null);
      return true;
    }
    setSaving(true);
    try {
      await onCommit(parsed.value);
      setError(null);
      return true;
    } catch (failure) {
      const { message, details } = describeError(failure);
      setError(details.length > 0 ? details.join(' ') : message);
      return false;
    } finally {
      setSaving(false);
    }
  }

  // Typed and not yet saved (the field saves when it is left): the window's closing saves it first
  // in the desktop app, and asks in the browser (unsaved/closeGuard.ts).
  useUnsavedWork(text.trim() === format(value).trim() ? null : { what: unsavedStaffingFieldText(ariaLabel), revision: text, save: commit });

  return (
    <TextInput
      label={label}
      aria-label={ariaLabel}
      value={text}
      w={width}
      size="xs"
      disabled={saving}
      error={error}
      rightSection={suffix}
      // A longer unit ("mån") gets room of its own, so it never touches the number or the border.
      rightSectionWidth={suffix ? (suffix.length > 1 ? 44 : 36) : undefined}
      rightSectionProps={{ style: { fontSize: 'var(--mantine-font-size-xs)', paddingRight: 4 } }}
      styles={{
        input: {
          textAlign: 'right',
          fontVariantNumeric: 'tabular-nums',
          ...(notice && !error ? { borderColor: 'var(--mantine-color-yellow-filled)', borderWidth: 2 } : {}),
        },
      }}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void commit();
        } else if (event.key === 'Escape') {
          setText(format(value));
          setError(null);
        }
        onKeyDown?.(event);
      }}
      {...inputProps}
    />
  );
}
