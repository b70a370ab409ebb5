/** Moves focus to an element when `key` changes after the first render (a new result arrived). */
import type { RefObject } from "react";
import { useEffect, useRef } from "react";

export function useFocusOnChange(ref: RefObject<HTMLElement | null>, key: unknown): void {
  const first = useRef(key);
  useEffect(() => {
    if (Object.is(first.current, key)) return;
    first.current = key;
    ref.current?.focus();
  }, [ref, key]);
}
