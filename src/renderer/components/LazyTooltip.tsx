// A Mantine Tooltip that costs nothing until its target is first hovered, focused or touched.
// The Översikt shows sixteen figure cards with a tooltip each, and Mantine's Tooltip brings its
// positioning engine, interaction hooks and transition to every instance: building them all at the
// start cost about a tenth of the first render, and their code a good part of the start's script.
// The target is drawn as it is, with the handlers below; on the first event the Tooltip (its code
// loaded then, as a chunk of its own) is mounted beside it, pointed at it, and opened and closed
// from here. The target itself is never wrapped or remounted, so focus stays where it is.
import { type TooltipProps, useMantineTheme } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import {
  cloneElement,
  type FocusEvent,
  type KeyboardEvent,
  lazy,
  type PointerEvent,
  type ReactElement,
  type Ref,
  Suspense,
  type TouchEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';

const Tooltip = lazy(async () => ({ default: (await import('./tooltipChunk.ts')).Tooltip }));

interface TargetProps {
  ref?: Ref<HTMLElement>;
  'aria-describedby'?: string;
  onPointerEnter?(event: PointerEvent): void;
  onPointerLeave?(event: PointerEvent): void;
  onFocus?(event: FocusEvent): void;
  onBlur?(event: FocusEvent): void;
  onKeyDown?(event: KeyboardEvent): void;
  onTouchStart?(event: TouchEvent): void;
}

export type LazyTooltipProps = Omit<TooltipProps, 'children' | 'opened' | 'defaultOpened' | 'target' | 'label'> & {
  label: string;
  children: ReactElement<TargetProps>;
  /**
   * Whether the label also describes the target for screen readers (aria-describedby, always, not
   * only while shown). Off where the target's own name already says the same.
   */
  describes?: boolean;
};

export function LazyTooltip({ children, label, events, describes = true, ...props }: LazyTooltipProps) {
  const theme = useMantineTheme();
  // The theme's delay for Tooltip (hover only; focus and touch show it at once).
  const hoverDelay = (theme.components.Tooltip?.defaultProps as Partial<TooltipProps> | undefined)?.openDelay ?? 0;
  const on = { hover: events?.hover ?? true, focus: events?.focus ?? false, touch: events?.touch ?? false };
  const [built, setBuilt] = useState(false);
  const [opened, setOpened] = useState(false);
  const target = useRef<HTMLElement>(null);
  const own = children.props;
  const ref = useMergedRef(target, own.ref ?? null);
  const descriptionId = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (delay: number) => {
    setBuilt(true);
    clearTimeout(timer.current);
    if (delay > 0) timer.current = setTimeout(() => setOpened(true), delay);
    else setOpened(true);
  };
  const hide = () => {
    clearTimeout(timer.current);
    setOpened(false);
  };

  const targetElement = cloneElement(children, {
    ref,
    ...(describes && { 'aria-describedby': [own['aria-describedby'], descriptionId].filter(Boolean).join(' ') }),
    onPointerEnter: (event: PointerEvent) => {
      own.onPointerEnter?.(event);
      if (on.hover && event.pointerType !== 'touch') show(hoverDelay);
    },
    onPointerLeave: (event: PointerEvent) => {
      own.onPointerLeave?.(event);
      if (event.pointerType !== 'touch') hide();
    },
    onFocus: (event: FocusEvent) => {
      own.onFocus?.(event);
      if (on.focus) show(0);
    },
    onBlur: (event: FocusEvent) => {
      own.onBlur?.(event);
      hide();
    },
    // Escape hides what hover or focus showed (WCAG 1.4.13).
    onKeyDown: (event: KeyboardEvent) => {
      own.onKeyDown?.(event);
      if (event.key === 'Escape') hide();
    },
    onTouchStart: (event: TouchEvent) => {
      own.onTouchStart?.(event);
      if (on.touch) show(0);
    },
  });
  return (
    <>
      {targetElement}
      {describes && (
        <span id={descriptionId} hidden>
          {label}
        </span>
      )}
      {built && (
        <Suspense fallback={null}>
          <Tooltip {...props} label={label} target={target} opened={opened} />
        </Suspense>
      )}
    </>
  );
}
