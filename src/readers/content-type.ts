/** Small helpers over Content-Type header values, shared by the feed, WARC and URL readers. */

/** The `charset` parameter of a Content-Type header. */
export function charsetFromContentType(ct: string | undefined): string | undefined {
  if (!ct) return undefined;
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)["']?/i.exec(ct);
  return m ? m[1] : undefined;
}

/** The media type of a Content-Type header, lower-cased, without parameters ("text/html"). */
export function mediaType(ct: string | undefined): string | undefined {
  if (!ct) return undefined;
  const t = ct.split(';')[0].trim().toLowerCase();
  return t || undefined;
}
