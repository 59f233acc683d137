// Article bytes to text. Invalid UTF-8 is refused, not replaced: a replacement character inside a
// number or a name would change what the source says.
import type { Finding } from '../schemas.ts';
import { finding } from './finding.ts';

/** Index of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeText(bytes: Uint8Array, file: string, sourceId: string): { text: string | null; findings: Finding[] } {
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const findings: Finding[] = [];
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text !== text.normalize('NFC')) {
      text = text.normalize('NFC');
      findings.push(finding({ file, source_id: sourceId, outcome: 'repaired', code: 'text_not_nfc', message: 'the text was not in Unicode NFC form and was normalised; quote offsets refer to the normalised text', fix: 'Save the file as NFC (composed) UTF-8.' }));
    }
    return { text, findings };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const before = bytes.subarray(0, at);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const lastNl = before.lastIndexOf(0x0a);
    const column = new TextDecoder().decode(before.subarray(lastNl + 1)).length + 1;
    return { text: null, findings: [finding({ file, line, column, source_id: sourceId, outcome: 'rejected', code: 'not_utf8', message: `byte ${at} is not valid UTF-8; the source was not read`, fix: 'Convert the file to UTF-8 (e.g. iconv -f WINDOWS-1258 -t UTF-8) and run again.' })] };
  }
}
