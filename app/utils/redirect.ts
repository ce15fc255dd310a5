/** Only a local path may be a redirect target: never another site, never a protocol-relative URL. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  // A backslash is a slash to a browser: "/./\\evil.example" tidies to "//evil.example", another site.
  // A way back longer than any of ours would make a Location header proxies refuse.
  if (typeof to !== "string" || to.length > 2048 || !to.startsWith("/") || to.startsWith("//") || to.includes("\\")) {
    return fallback;
  }
  // What the browser will make of it ("/a/../", "/./" removed) must still be a path on this site.
  let resolved: URL;
  try {
    resolved = new URL(to, "http://hulpwijzer.invalid");
  } catch {
    return fallback;
  }
  if (resolved.origin !== "http://hulpwijzer.invalid" || resolved.pathname.startsWith("//")) return fallback;
  // Control characters (e.g. a newline) could split headers in some proxies.
  let local = "";
  for (const ch of to) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return fallback;
    // A Location header carries bytes, not text: anything past ASCII made the response throw (500).
    local += code > 0x7e ? encodeURIComponent(ch) : ch;
  }
  return local;
}
