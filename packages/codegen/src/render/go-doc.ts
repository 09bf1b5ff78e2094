// Go doc comments in Go style: the first sentence starts with the identifier and reads as a sentence
// ("Generate registers an invoice with the IRP ...", "Gstin is a ..."), spec prose follows as paragraphs.
// The spec's summaries are imperative ("Generate an IRN for an invoice"); Go wants the third person.
import type { Operation } from '../model.js';
import { docLines, sentence } from './common.js';

/** Verbs the spec's summaries and descriptions open with; a first word outside the list is not taken for one. */
const VERBS = new Set(
  (
    'add cancel change check create delete deliver export extend fetch find generate get issue list look make ' +
    'register remove replace replay rehearse retrieve return revoke rotate search send set stream submit update ' +
    'upload validate verify'
  ).split(' '),
);

/** `generate` -> `generates`, `list` -> `lists`, `fetch` -> `fetches`, `verify` -> `verifies`. */
export function thirdPerson(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

const THIRD_PERSON = new Set([...VERBS].map(thirdPerson));

/** Lower-cases the first letter unless the first word is an acronym or a name (`NIC`, `RFC`, `IRN`). */
function lowerFirst(s: string): string {
  return /^[A-Z][^A-Z0-9]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** Go doc comments are plain text: Markdown emphasis markers would show as asterisks. */
const plain = (s: string) => s.replace(/\*\*([^*]+)\*\*/g, '$1');

/** Bullet items as Go doc lists (gofmt rewrites them into its canonical indentation). */
const GO_LIST = { list: { marker: '  - ', indent: '    ' } };

/** A description as Go doc lines (fields, parameters): plain text, bullet items as Go doc lists. */
export function goDocLines(text: string | undefined, width: number): string[] {
  return docLines(text && plain(text), width, GO_LIST);
}

/** The summary as a verb phrase in the third person: `Get an IRN` -> `returns an IRN`. */
function verbPhrase(summary: string, httpMethod: string): string {
  const [first = '', ...rest] = summary.trim().split(' ');
  const verb = first.toLowerCase();
  const tail = rest.join(' ');
  if (verb === 'get') return `returns ${tail}`;
  if (VERBS.has(verb)) return `${thirdPerson(verb)} ${tail}`;
  // A noun phrase ("Health of every GSP and IRP"): what a read returns.
  if (httpMethod === 'GET')
    return `returns ${/^(a|an|the)\b/i.test(summary) ? lowerFirst(summary) : `the ${lowerFirst(summary)}`}`;
  return `${thirdPerson(verb)} ${tail}`;
}

/**
 * Doc lines of a method: `<Name> <description>` when the description already opens with a third-person verb
 * ("Registers an invoice ..."), else `<Name> <summary in the third person>.` followed by the description.
 */
export function goMethodDoc(name: string, op: Operation, width: number): string[] {
  const description = op.description ? plain(op.description.trim()) : '';
  const [firstPara = '', ...moreParas] = description.split(/\n\s*\n/);
  const firstWord = firstPara.split(/\s/, 1)[0]!.toLowerCase();
  if (THIRD_PERSON.has(firstWord))
    return docLines(`${name} ${lowerFirst(firstPara)}\n\n${moreParas.join('\n\n')}`, width, GO_LIST);
  const lead = op.summary
    ? `${name} ${sentence(verbPhrase(plain(op.summary), op.httpMethod))}`
    : `${name} calls ${op.operationId}.`;
  return docLines(`${lead}\n\n${description}`, width, GO_LIST);
}

/**
 * `<Type> is <description>` when the description is a noun phrase ("A 15-character GSTIN ...", "Transaction
 * details."); undefined when it cannot be read that way (a list of enum values opening with a code span).
 * With `determinerOnly` (enums, whose descriptions are mostly value lists: "With `T`: `R` road, ..."), only a
 * description that opens with an article or a possessive counts as a noun phrase.
 */
export function goTypeLead(name: string, description: string | undefined, determinerOnly = false): string | undefined {
  const d = description ? plain(description.trim()) : '';
  if (!d || !/^[A-Za-z]/.test(d)) return undefined;
  if (/^(a|an|the|one|what)\b/i.test(d) || /^\S+'s\b/.test(d)) return `${name} is ${lowerFirst(d)}`;
  return determinerOnly ? undefined : `${name} is the ${lowerFirst(d)}`;
}

export interface TypeDocOptions {
  width: number;
  /** The first sentence when the description cannot open one; the description then follows as a paragraph. */
  fallback: string;
  /** A paragraph after a description-led comment (the fallback already says it). */
  trailer?: string;
  /** See goTypeLead. */
  determinerOnly?: boolean;
}

/** Doc lines of a type: `<Type> is <description>` (then the trailer), or the fallback and the description. */
export function goTypeDoc(name: string, description: string | undefined, options: TypeDocOptions): string[] {
  const lead = goTypeLead(name, description, options.determinerOnly);
  const text = lead
    ? `${lead}${options.trailer ? `\n\n${options.trailer}` : ''}`
    : `${options.fallback}\n\n${description ? plain(description) : ''}`;
  return docLines(text, options.width, GO_LIST);
}
