/**
 * Characters XML 1.0 cannot hold at all, escaped or not: the C0 controls but tab, line feed and
 * carriage return, lone surrogates, and U+FFFE/U+FFFF. Text from the web may carry them; they are
 * dropped so that every parser accepts the file.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Kept as characters, an attribute's line breaks and tabs would be read back as spaces.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** `value` as the text of an element or the value of an attribute in double quotes. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\n\r\t]/g, (ch) => ENTITIES[ch]!);
}
