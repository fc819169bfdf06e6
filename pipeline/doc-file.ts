/**
 * The document object that travels through every stage (modelled on vfile):
 * a path, the bytes, typed data each stage adds under its own key, and messages.
 */
import type { Extraction } from '../extractors/types.js';
import type { Message } from '../output/schema.js';
import type { Normalised } from './normalise/types.js';
import type { Structure } from './structure/types.js';
import type { RuleRecords } from '../rules/types.js';
import type { DocumentResult } from '../output/schema.js';

/** Data the stages attach, one key per stage. */
export interface DocData {
  sha256?: string;
  extraction?: Extraction;
  normalised?: Normalised;
  structure?: Structure;
  records?: RuleRecords;
  result?: DocumentResult;
}

/** A diagnostic on one document; `toString()` gives `file:line: reason`. */
export class DocMessage implements Message {
  reason: string;
  source: Message['source'];
  ruleId: string | null;
  fatal: boolean;
  line: number | null;
  code: string | null;
  file: string;
  constructor(file: string, init: Partial<Message> & Pick<Message, 'reason' | 'source'>) {
    this.file = file;
    this.reason = init.reason;
    this.source = init.source;
    this.ruleId = init.ruleId ?? null;
    this.fatal = init.fatal ?? false;
    this.line = init.line ?? null;
    this.code = init.code ?? null;
  }
  toString(): string {
    return `${this.file}${this.line ? `:${this.line}` : ''}: ${this.reason}${this.ruleId ? ` (${this.ruleId})` : ''}`;
  }
  toJSON(): Message {
    return { reason: this.reason, source: this.source, ruleId: this.ruleId, fatal: this.fatal, line: this.line, code: this.code };
  }
}

/** One document in flight. */
export class DocFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly data: DocData = {};
  readonly messages: DocMessage[] = [];
  constructor(path: string, bytes: Uint8Array) {
    this.path = path;
    this.bytes = bytes;
  }
  /** Attaches a message and returns it. */
  message(init: Partial<Message> & Pick<Message, 'reason' | 'source'>): DocMessage {
    const m = new DocMessage(this.path, init);
    this.messages.push(m);
    return m;
  }
  /** True once a stage has attached a fatal message: later stages skip the document. */
  get failed(): boolean {
    return this.messages.some((m) => m.fatal);
  }
}
