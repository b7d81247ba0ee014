// A Mantine Tooltip that is only built when its target is first hovered, focused or touched.
// The Översikt shows sixteen figure cards with a tooltip each, and Mantine's Tooltip brings its
// positioning engine, interaction hooks and transition to every instance: building them all at the
// start cost about a tenth of the first render. Until the first pointer or focus event the target is
// drawn alone; from then on the real Tooltip wraps it, opened at once, and behaves as usual.
import { Tooltip, type TooltipProps } from '@mantine/core';
import { cloneElement, useRef, useState, type FocusEvent, type PointerEvent, type ReactElement, type TouchEvent } from 'react';

interface TargetHandlers {
  onPointerEnter?(event: PointerEvent): void;
  onPointerLeave?(event: PointerEvent): void;
  onFocus?(event: FocusEvent): void;
  onTouchStart?(event: TouchEvent): void;
}

export type LazyTooltipProps = Omit<TooltipProps, 'children' | 'opened' | 'defaultOpened'> & { children: ReactElement<TargetHandlers> };

export function LazyTooltip({ children, events, ...props }: LazyTooltipProps) {
  const [armed, setArmed] = useState(false);
  // Whether the Tooltip starts open when it is built: not when the pointer already left again.
  const openWhenBuilt = useRef(false);
  if (armed) {
    return (
      <Tooltip {...props} {...(events ? { events } : {})} defaultOpened={openWhenBuilt.current}>
        {children}
      </Tooltip>
    );
  }
  const own = children.props;
  const arm = () => {
    openWhenBuilt.current = true;
    setArmed(true);
  };
  return cloneElement(children, {
    onPointerEnter: (event: PointerEvent) => {
      own.onPointerEnter?.(event);
      arm();
    },
    onPointerLeave: (event: PointerEvent) => {
      own.onPointerLeave?.(event);
      openWhenBuilt.current = false;
    },
    ...((events?.focus ?? false) && {
      onFocus: (event: FocusEvent) => {
        own.onFocus?.(event);
        arm();
      },
    }),
    ...((events?.touch ?? false) && {
      onTouchStart: (event: TouchEvent) => {
        own.onTouchStart?.(event);
        arm();
      },
    }),
  });
}
