import type { NumeralGrammar, NumeralSpan } from '../grammar.ts';
import { isDigitCode, isGroupSpace, isSpaceCode, letterAt, thousandsEnd, wordCharAt } from '../chars.ts';
import { dateRanges } from './dates.ts';

// Vietnamese writes '.' between thousands and ',' before decimals. Groups after a '.' must be exactly
// three digits, so "17.10" (a date) is not a number.
const NUMBER = /^(?:(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?|,(\d+))$/;
const SUFFIX: Record<string, number> = { k: 3, K: 3, M: 6, G: 9 };

const UNITS: Record<string, number> = {
  không: 0, một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
// After mươi the units take other forms (mốt, tư, lăm); "năm" there is the noun "year": "mười năm" = ten years.
const AFTER_MUOI: Record<string, number> = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
const AFTER_MUOI_10: Record<string, number> = { ...AFTER_MUOI, mốt: Number.NaN };
const AFTER_LINH: Record<string, number> = { ...UNITS, không: Number.NaN, tư: 4 };
const SCALES: Record<string, number> = { nghìn: 3, ngàn: 3, vạn: 4, triệu: 6, tỷ: 9, tỉ: 9 };
const VOCAB = new Set([
  ...Object.keys(UNITS), ...Object.keys(AFTER_MUOI), ...Object.keys(SCALES),
  'mười', 'mươi', 'chục', 'trăm', 'linh', 'lẻ', 'rưỡi', 'nửa',
]);
// "hàng trăm người" is "hundreds of people", not 100.
const VAGUE = new Set(['hàng', 'hằng', 'vài', 'mấy', 'nhiều', 'dăm']);
// Words after which "năm" is the noun "year" ("năm nay", "năm ngoái", "năm sau").
const YEAR_NEXT = new Set(['nay', 'ngoái', 'trước', 'sau', 'tới', 'qua', 'ấy', 'đó', 'này', 'kia', 'nào', 'học', 'kế', 'tiếp', 'rồi']);

type Tok = { start: number; end: number; joined: boolean } & (
  | { kind: 'word'; w: string }
  | { kind: 'num'; dec: string; exp: number }
  | { kind: 'other' }
);

const SUFFIX_RE = /[kKMG](?![\p{L}\p{M}\p{N}])/uy;

/**
 * End of the digit group at `pos` (digits joined by '.', ',' or '/', as in "27/9" or "17.10"; or thousands
 * apart by spaces, "30 000"), or -1.
 */
function clusterEnd(text: string, pos: number): number {
  let end = pos;
  if (text.charCodeAt(end) === 44 && isDigitCode(text.charCodeAt(end + 1))) end++; // ",5"
  if (!isDigitCode(text.charCodeAt(end))) return -1;
  for (let plain = end === pos; ; plain = false) {
    while (isDigitCode(text.charCodeAt(end))) end++;
    const c = text.charCodeAt(end);
    if ((c === 46 || c === 44 || c === 47) && isDigitCode(text.charCodeAt(end + 1))) end++;
    else return plain ? thousandsEnd(text, pos, end, isGroupSpace) : end;
  }
}

// Words are a letter or mark followed by letters, marks and digits; a digit group is a number or nothing.
function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let pos = 0;
  let gap = false;
  while (pos < text.length) {
    if (isSpaceCode(text.charCodeAt(pos))) {
      pos++;
      gap = true;
      continue;
    }
    const start = pos;
    const joined = gap && toks.length > 0;
    gap = false;
    const letter = letterAt(text, pos);
    const cluster = letter ? -1 : clusterEnd(text, pos);
    if (letter) {
      pos += letter;
      for (let n = wordCharAt(text, pos); n > 0 && pos < text.length; n = wordCharAt(text, pos)) pos += n;
      toks.push({ kind: 'word', w: text.slice(start, pos).toLowerCase(), start, end: pos, joined });
    } else if (cluster >= 0) {
      pos = cluster;
      const m = NUMBER.exec(text.slice(start, pos).replace(/\s/g, ''));
      if (!m) {
        toks.push({ kind: 'other', start, end: pos, joined });
        continue;
      }
      const int = (m[1] ?? '0').replace(/\./g, '');
      const frac = m[2] ?? m[3];
      SUFFIX_RE.lastIndex = pos;
      const exp = SUFFIX_RE.test(text) ? SUFFIX[text[pos]!]! : 0;
      if (exp) pos++;
      toks.push({ kind: 'num', dec: frac ? `${int}.${frac}` : int, exp, start, end: pos, joined });
    } else {
      pos++;
      toks.push({ kind: 'other', start, end: pos, joined });
    }
  }
  return toks;
}

/** v + add when the group's words end there (`last`) and add is a value, else null. */
function finish(v: number, last: boolean, add: number | undefined): number | null {
  return add !== undefined && !Number.isNaN(add) && last ? v + add : null;
}

/** One group below a thousand, in words: "hai trăm linh năm", "ba mươi tư", "mười lăm", "trăm", "chục". */
function group(ws: string[]): number | null {
  let i = 0;
  let v = 0;
  const lead = UNITS[ws[0] ?? ''];
  if (lead !== undefined && ws[1] === 'trăm') [v, i] = [lead * 100, 2];
  else if (ws[0] === 'trăm') [v, i] = [100, 1];
  // "hơn chục người" (more than ten people): 'chục', a ten, stands alone as 'trăm' does.
  else if (ws[0] === 'chục') return ws.length === 1 ? 10 : null;
  const hundred = i > 0;
  const [w, n, rest] = [ws[i], ws[i + 1], ws[i + 2]];
  if (w === undefined) return hundred ? v : null;
  if (hundred && w === 'rưỡi') return finish(v, i + 1 === ws.length, 50);
  if (hundred && (w === 'linh' || w === 'lẻ')) return finish(v, i + 2 === ws.length, AFTER_LINH[n ?? '']);
  if (w === 'mười') return n === undefined ? finish(v, i + 1 === ws.length, 10) : finish(v, i + 2 === ws.length, 10 + (AFTER_MUOI_10[n] ?? Number.NaN));
  const u = UNITS[w];
  if (u === undefined) return null;
  if (n === 'mươi' && u >= 2) return rest === undefined ? finish(v, i + 2 === ws.length, u * 10) : finish(v, i + 3 === ws.length, u * 10 + (AFTER_MUOI[rest] ?? Number.NaN));
  if (n === 'chục' && u >= 1) return finish(v, i + 2 === ws.length, u * 10);
  return hundred ? null : finish(v, i + 1 === ws.length, u);
}

const numValue = (t: { dec: string; exp: number }, extra = 0): number => Number(`${t.dec}e${t.exp + extra}`);

/** Value of whitespace-joined numeral tokens, or null. Splits at the last occurrence of the largest scale word. */
function value(toks: Tok[]): number | null {
  let top = -1;
  let at = -1;
  toks.forEach((t, i) => {
    const s = t.kind === 'word' ? SCALES[t.w] : undefined;
    if (s !== undefined && s >= top) [top, at] = [s, i];
  });
  const only = toks.length === 1 ? toks[0] : undefined;
  if (at < 0) {
    if (only?.kind === 'num') return numValue(only);
    const ws = toks.flatMap((t) => (t.kind === 'word' ? [t.w] : []));
    return ws.length === toks.length ? group(ws) : null;
  }
  const left = toks.slice(0, at);
  const right = toks.slice(at + 1);
  // "nửa triệu": half of the scale, and nothing after it.
  if (left.length === 1 && left[0]!.kind === 'word' && left[0]!.w === 'nửa') return right.length === 0 ? 10 ** top / 2 : null;
  if (left.some((t) => t.kind === 'word' && SCALES[t.w] === top)) return null;
  const l0 = left.length === 1 && left[0]!.kind === 'num' ? numValue(left[0]!, top) : value(left);
  if (l0 === null || !(l0 > 0)) return null;
  const l = left.length === 1 && left[0]!.kind === 'num' ? l0 : l0 * 10 ** top;
  if (right.length === 0) return l;
  if (right.length === 1 && right[0]!.kind === 'word' && right[0]!.w === 'rưỡi') return l + 10 ** top / 2;
  // A bare tail after a scale ("một nghìn năm") is "a thousand years", not 1005: the tail needs trăm or a scale.
  if (!right.some((t) => t.kind === 'word' && (t.w === 'trăm' || SCALES[t.w] !== undefined))) return null;
  const r = value(right);
  return r === null || r >= 10 ** top ? null : l + r;
}

const isNumeral = (t: Tok | undefined): boolean =>
  t !== undefined && (t.kind === 'num' || (t.kind === 'word' && VOCAB.has(t.w)));

const usable = (t: Tok, dates: readonly { start: number; end: number }[]): boolean =>
  isNumeral(t) && !dates.some((d) => t.start < d.end && t.end > d.start);

/** Valid parses that running text almost always means as something else. */
function spurious(toks: Tok[], i: number, j: number): boolean {
  const first = toks[i]!;
  const prev = first.joined ? toks[i - 1] : undefined;
  const next = toks[j]?.joined ? toks[j] : undefined;
  const w = first.kind === 'word' ? first.w : '';
  if (j === i + 1 && w === 'không') return true; // the negation "not"
  if ((w === 'trăm' || w === 'chục') && prev?.kind === 'word' && VAGUE.has(prev.w)) return true;
  if (j === i + 1 && w === 'năm') {
    return isNumeral(prev) || next?.kind === 'num' || (next?.kind === 'word' && YEAR_NEXT.has(next.w));
  }
  return false;
}

export const viNumerals: NumeralGrammar = {
  multipliers: { chục: 10, trăm: 100, ...Object.fromEntries(Object.entries(SCALES).map(([w, exp]) => [w, 10 ** exp])) },
  parse(phrase: string): number | null {
    let s = phrase.normalize('NFC').trim();
    const neg = /^(?:-\s*|âm\s+)/iu.exec(s);
    if (neg) s = s.slice(neg[0].length);
    const toks = tokenize(s);
    if (toks.length === 0 || toks.some((t, i) => !isNumeral(t) || (i > 0 && !t.joined))) return null;
    const v = value(toks);
    return v === null ? null : neg ? -v : v;
  },

  scan(text, known) {
    const toks = tokenize(text);
    const dates = known ?? dateRanges(text).map(([start, end]) => ({ start, end }));
    const spans: NumeralSpan[] = [];
    let i = 0;
    while (i < toks.length) {
      let end = i;
      while (end < toks.length && usable(toks[end]!, dates) && (end === i || toks[end]!.joined)) end++;
      let hit: [number, number] | null = null;
      for (let j = Math.min(end, i + 24); j > i && !hit; j--) {
        const v = value(toks.slice(i, j));
        if (v !== null) hit = [j, v];
      }
      if (hit && !spurious(toks, i, hit[0])) {
        const [start, stop] = [toks[i]!.start, toks[hit[0] - 1]!.end];
        spans.push({ start, end: stop, text: text.slice(start, stop), value: hit[1] });
        i = hit[0];
      } else i++;
    }
    return spans;
  },
};
