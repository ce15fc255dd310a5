/** Only a local path may be a redirect target: never another site, never a protocol-relative URL. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) {
    return fallback;
  }
  // Control characters (e.g. a newline) could split headers in some proxies.
  for (const ch of to) if (ch.charCodeAt(0) < 0x20) return fallback;
  return to;
}
