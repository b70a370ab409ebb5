/**
 * XML text helpers for the parts we write by hand. Tracker text is untrusted, so every string that
 * reaches chart, drawing or sheet XML goes through `escapeXml`.
 *
 * @example escapeXml(`R&D "Q1" <draft>`) === "R&amp;D &quot;Q1&quot; &lt;draft&gt;"
 */

// Characters XML 1.0 forbids outright (C0 controls except tab/newline/return, lone surrogates, U+FFFE/F).
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content or a double-quoted attribute (the only kind we write). */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A `<t>` element holding `text`, keeping leading/trailing spaces and line breaks. */
export function textElementXml(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${escapeXml(text)}</t>`;
}

/** Reverses `escapeXml` for the five predefined entities and numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, ent: string) => {
    switch (ent) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          ent.startsWith("#x") ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10),
        );
    }
  });
}
