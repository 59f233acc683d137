// A Frictionless Table Schema (v2) generated from a table's zod contract, so a column's type, meaning
// and constraints are written once (in schemas.ts) and the data package cannot drift from the CSV.
import { z } from 'zod';

export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

interface Constraints { required?: true; enum?: readonly (string | number)[]; minimum?: number; pattern?: string }
export interface TableField { name: string; type: 'string' | 'integer'; description?: string; constraints?: Constraints; missingValues?: string[] }
export interface ForeignKey { fields: string[]; reference: { resource: string; fields: string[] } }
export interface TableSchema { $schema: string; fields: TableField[]; missingValues: string[]; primaryKey?: string[]; foreignKeys?: ForeignKey[] }
export interface Keys { primaryKey?: string[]; foreignKeys?: ForeignKey[] }

type JsonSchema = { type?: string; const?: unknown; anyOf?: JsonSchema[]; enum?: (string | number)[]; pattern?: string; minimum?: number; exclusiveMinimum?: number; description?: string };

/**
 * Table Schema patterns are XML Schema regular expressions: implicitly anchored, no lookaround or
 * non-capturing groups. zod's are anchored JavaScript ones, so the anchors are dropped, and anything
 * that would not mean the same is refused rather than published wrong.
 */
export function xsdPattern(js: string, emptyIsValue: boolean): string {
  if (!js.startsWith('^') || !js.endsWith('$') || js.endsWith('\\$')) throw new Error(`pattern ${js} is not anchored at both ends`);
  const inner = js.slice(1, -1);
  if (/\(\?|\\[bBkpP]|[*+?}]\?/.test(inner)) throw new Error(`pattern ${js} uses syntax XML Schema lacks`);
  return emptyIsValue ? `(${inner})?` : inner;
}

function field(name: string, json: JsonSchema, zodField: z.ZodType, inKey: boolean): TableField {
  // Empty cells are missing values (null): a nullable number, an optional date and a string zod lets
  // be empty all become one branch, and the field is required only if zod refuses both '' and null.
  const branches = (json.anyOf ?? [json]).filter((b) => b.type !== 'null' && b.const !== '');
  const only = branches[0];
  if (branches.length !== 1 || !only || (only.type !== 'string' && only.type !== 'integer')) throw new Error(`column ${name}: ${JSON.stringify(json)} has no single Table Schema type`);
  const mayBeEmpty = zodField.safeParse('').success || zodField.safeParse(null).success;
  // A key column cannot be null, yet '' is meaningful in some ("all sides", "period unstated"): there,
  // '' is declared a value rather than a missing one.
  const emptyIsValue = inKey && mayBeEmpty;
  if (emptyIsValue && only.type !== 'string') throw new Error(`key column ${name} may be empty but is not text`);
  const constraints: Constraints = {};
  if (!mayBeEmpty || inKey) constraints.required = true;
  if (only.enum) constraints.enum = only.enum;
  // zod bounds every int by the safe-integer range; only a bound the contract states is worth saying.
  if (only.minimum !== undefined && only.minimum > Number.MIN_SAFE_INTEGER) constraints.minimum = only.minimum;
  if (only.exclusiveMinimum !== undefined) constraints.minimum = only.exclusiveMinimum + 1; // integers only
  if (only.pattern) constraints.pattern = xsdPattern(only.pattern, emptyIsValue);
  return {
    name,
    type: only.type,
    ...(json.description ? { description: json.description } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
    ...(emptyIsValue ? { missingValues: [] } : {}),
  };
}

/**
 * Dates (2020-10-21, 1988-02, 1994) are `string` fields with the ISO pattern: Table Schema's date,
 * yearmonth and year types each take one precision, and these columns hold whichever the source gave,
 * so any one of those types would reject valid rows. A consumer tells the precision by the length.
 */
export function tableSchema(schema: z.ZodObject, keys: Keys = {}): TableSchema {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as { properties: Record<string, JsonSchema> };
  const inKey = new Set(keys.primaryKey ?? []);
  const fields = Object.entries(schema.shape).map(([name, zodField]) => field(name, json.properties[name] ?? {}, zodField as z.ZodType, inKey.has(name)));
  for (const k of [...inKey, ...(keys.foreignKeys ?? []).flatMap((f) => f.fields)]) {
    if (!fields.some((f) => f.name === k)) throw new Error(`key column ${k} is not a column`);
  }
  return { $schema: TABLE_SCHEMA_PROFILE, fields, missingValues: [''], ...keys };
}
