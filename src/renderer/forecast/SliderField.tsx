// One input of the forecast: a number field in Swedish notation and, where it helps, a slider.
// A text that cannot be read shows its message under the field; the slider keeps the last value.
import { Group, Slider, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { FIELD_SPECS, fieldText, type NumberFieldKey } from './forecastForm.ts';

interface Props {
  field: NumberFieldKey;
  text: string;
  value: number;
  error: string | undefined;
  onText(text: string): void;
  onSlide(value: number): void;
}

export function SliderField({ field, text, value, error, onText, onSlide }: Props) {
  const spec = FIELD_SPECS[field];
  const id = useId();
  const errorId = `${id}-fel`;
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
        <Text component="label" htmlFor={id} size="sm" fw={500} c="var(--mantine-color-text)" lh={1.3}>
          {spec.label}
          {spec.unit && (
            <Text component="span" size="sm" c="dimmed" fw={400}>
              {' '}
              ({spec.unit})
            </Text>
          )}
        </Text>
        <TextInput
          id={id}
          aria-label={spec.label}
          value={text}
          onChange={(e) => onText(e.currentTarget.value)}
          error={error !== undefined}
          aria-invalid={error !== undefined}
          aria-describedby={error !== undefined ? errorId : undefined}
          inputMode={spec.integer ? 'numeric' : 'decimal'}
          size="xs"
          w={76}
          styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontSize: 'var(--mantine-font-size-sm)' } }}
        />
      </Group>
      {spec.slider && (
        <Slider
          value={value}
          min={spec.slider.min}
          max={spec.slider.max}
          step={spec.slider.step}
          onChange={onSlide}
          label={(v) => fieldText(v)}
          thumbLabel={`${spec.label}, reglage`}
          size="sm"
          color="stad"
        />
      )}
      {error !== undefined && (
        <Text id={errorId} size="xs" c="red" role="alert" lh={1.4}>
          {error}
        </Text>
      )}
    </Stack>
  );
}
