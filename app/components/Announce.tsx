// A notice that appears after an action (a result, a refusal, a question to confirm): focus moves
// to it, so it is where the eye and the screen reader are — on a phone the form's button can be a
// screen away from the top of the page, and the notice was there unseen.
import { type ReactNode, useEffect, useRef } from "react";

export function Announce({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="hw-announce">
      {children}
    </div>
  );
}
