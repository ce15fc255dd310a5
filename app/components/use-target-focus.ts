// A notice links to one item on a list (`/aanbieder/aanvragen#aanvraag-12`): the browser scrolls
// there and CSS marks it (:target), but focus stays at the top; a keyboard or screen-reader user
// would start at the page's first link. Focus moves to the item itself (it has tabIndex -1).
import { useLocation } from "@remix-run/react";
import { useEffect } from "react";

export function useTargetFocus(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash.length < 2) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    // An item folded away (a closed request under "Afgesloten aanvragen") is unfolded first.
    const folded = el?.closest("details");
    if (folded && !folded.open) folded.open = true;
    if (el && el.tabIndex === -1) el.focus();
  }, [hash]);
}
