// One way to make a finding, so every stage words them alike.
import type { Finding } from '../schemas.ts';

export function finding(f: Omit<Finding, 'line' | 'column' | 'source_id'> & Partial<Pick<Finding, 'line' | 'column' | 'source_id'>>): Finding {
  return { line: null, column: null, source_id: '', ...f };
}
