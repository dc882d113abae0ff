/**
 * The workbook's file name from Office.context.document.url: a file path on desktop ("C:\…\预算 50%.xlsx",
 * never percent-encoded) or a URL on the web and in OneDrive ("…/%E9%A2%84%E7%AE%97%2050%25.xlsx?web=1").
 * Only a URL is decoded, and a name that does not decode is shown as it is.
 */
export function workbookTitle(url: string | undefined | null): string {
  if (!url) return "";
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
  const path = isUrl ? url.replace(/[?#].*$/, "") : url;
  const name = path.split(/[\\/]/).filter(Boolean).pop() ?? "";
  if (!isUrl) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
