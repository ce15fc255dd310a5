import { RemixBrowser } from "@remix-run/react";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { isLocale, loadCatalogue } from "~/i18n";

// Hydrate in the language the server rendered (its <html lang>), with only that language's catalogue:
// it must be here before the first render, or the page would flash in the wrong words (ADR 016).
const lang = document.documentElement.lang;
loadCatalogue(isLocale(lang) ? lang : "nl").then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
});
