/** An XML part is not well-formed (or uses a DTD, which the reader never processes). */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}
