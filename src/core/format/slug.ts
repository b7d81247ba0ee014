/** Lower-case ASCII with dashes, for file names: "Hässelby-Vällingby, SIG vuxna" → "hasselby-vallingby-sig-vuxna". */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
