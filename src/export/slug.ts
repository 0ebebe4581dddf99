/** A file name for a session's writeup: `DevOpsDays London 2018` -> `devopsdays-london-2018`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // accents fall off: Café -> cafe
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at a character boundary; a long title still gives a usable file name.
  const cut = Array.from(slug).slice(0, 80).join('').replace(/-+$/, '');
  return cut || 'writeup';
}
