/** Captured strings that would become Markdown or HTML structure if not escaped: used by the export tests. */
export const HOSTILE = [
  '<script>alert(1)</script>', '</blockquote><p>x', '---', '***', '___', '`code` and ``more``', '```', '~~~',
  '[x](javascript:alert(1))', '![img](https://e.com/a.png)', '<https://e.com>', '*emph* _emph_ **strong**',
  '# heading', '## two ##', '- item', '+ item', '1. item', '2) item', '> quote', '| a | b |\n|---|---|',
  '&amp; &copy; &#65;', 'back\\slash\\', '    indented', 'title\n===', 'title\n---', '[ref]: https://e.com',
  'a\u0000b\u0007c\u001bd\u007f', 'עברית ועוד English', 'مرحبا بالعالم', '👩🏽‍💻 🇬🇧 1️⃣', '<!-- open', '{curly} ~strike~',
];
