// Offsets to the line and column a person sees in an editor (both 1-based, columns in characters).

const LOW_SURROGATE = /[\udc00-\udfff]/;

export class Locator {
  private readonly lineStarts: number[] = [0];
  /** Whether the text holds any second half of a surrogate pair; found out when first needed. */
  private pairs: boolean | undefined;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo] ?? 0;
    // Columns count characters, so the second half of a surrogate pair adds nothing.
    let column = offset - lineStart + 1;
    this.pairs ??= LOW_SURROGATE.test(this.text);
    for (let i = lineStart; this.pairs && i < offset; i++) {
      const c = this.text.charCodeAt(i);
      const before = i > lineStart ? this.text.charCodeAt(i - 1) : 0;
      if (c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff) column--;
    }
    return { line: lo + 1, column };
  }
}
