// Queries of a fixed shape, built and compiled once instead of on every call (issue #19). Building a Kysely
// query (operation-node trees, freeze, clone per `.where`) and compiling it to SQL was about 12 % of the
// server's busy CPU on the generate path, all to produce the same SQL text again. A `compiled` query is built
// once per database handle with a marker in place of every argument, compiled, and from then on only the
// argument values are put where the markers were. The SQL text is the one the builder writes, byte for byte,
// so the prepared-statement caches (statements.ts) keep keying on it.
//
// Only for shapes that do not depend on the values: an IN list whose length varies, an optional filter or a
// value Kysely inlines (`is null`) keeps the plain builder.
import type { Compilable, CompiledQuery, DialectAdapter, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema.js';

/** What a build sees in place of an argument: bound as a parameter, replaced by the call's value. */
class Marker {
  constructor(readonly name: string) {}
}

/** The compiled SQL and, per parameter, the argument it takes (a name) or the constant the build wrote. */
interface Prepared {
  readonly query: CompiledQuery;
  readonly names: readonly string[];
  readonly sources: readonly (string | undefined)[];
}

type Build<A, R> = (db: Kysely<Database>, args: A) => Compilable<R>;

const defined: CompiledShape<never, unknown>[] = [];

export class CompiledShape<A extends Record<string, unknown>, R> {
  /** Per dialect adapter: a database and the transactions it hands out share one, and compile alike. */
  readonly #prepared = new WeakMap<DialectAdapter, Prepared>();

  constructor(
    readonly name: string,
    private readonly build: Build<A, R>,
  ) {}

  /** The query for these arguments as the plain builder compiles it: what `bind` must equal. */
  plain(db: Kysely<Database>, args: A): CompiledQuery<R> {
    return this.build(db, args).compile();
  }

  /**
   * The compiled query with these arguments bound. A call whose arguments are not the ones the shape was built
   * with (another set of names, or a value undefined, which Kysely would leave out) is built plainly instead.
   */
  bind(db: Kysely<Database>, args: A): CompiledQuery<R> {
    const executor = db.getExecutor();
    let prepared = this.#prepared.get(executor.adapter);
    if (prepared === undefined) {
      if (executor.plugins.length > 0) throw new Error(`storage: compiled query ${this.name} cannot run plugins`);
      prepared = this.#prepare(db, args);
      this.#prepared.set(executor.adapter, prepared);
    }
    const { query, names, sources } = prepared;
    if (Object.keys(args).length !== names.length) return this.plain(db, args);
    const parameters = query.parameters.slice();
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i];
      if (source === undefined) continue;
      const value = args[source];
      if (value === undefined) return this.plain(db, args);
      parameters[i] = value;
    }
    return { ...query, parameters } as CompiledQuery<R>;
  }

  execute(db: Kysely<Database>, args: A): Promise<QueryResult<R>> {
    return db.executeQuery(this.bind(db, args));
  }

  async rows(db: Kysely<Database>, args: A): Promise<R[]> {
    return (await this.execute(db, args)).rows;
  }

  async first(db: Kysely<Database>, args: A): Promise<R | undefined> {
    return (await this.execute(db, args)).rows[0];
  }

  /** Rows inserted, updated or deleted (an upsert counts the row it wrote either way). */
  async affected(db: Kysely<Database>, args: A): Promise<number> {
    return Number((await this.execute(db, args)).numAffectedRows ?? 0n);
  }

  #prepare(db: Kysely<Database>, args: A): Prepared {
    const names = Object.keys(args);
    const markers = Object.fromEntries(names.map((name) => [name, new Marker(name)])) as unknown as A;
    const query = this.build(db, markers).compile();
    const sources = query.parameters.map((p) => (p instanceof Marker ? p.name : undefined));
    // An argument that did not become a parameter was inlined or looked at by the builder: its shape depends on it.
    const unbound = names.filter((name) => !sources.includes(name));
    if (unbound.length > 0)
      throw new Error(`storage: compiled query ${this.name} does not bind ${unbound.join(', ')} as parameters`);
    const parameters = query.parameters.map((p) => (p instanceof Marker ? undefined : p));
    return { query: { ...query, parameters }, names, sources };
  }
}

/**
 * A query built once per database handle and compiled SQL reused, e.g.
 *   const LIVE = compiled('gstins.get', (db, p: { accountId: string }) =>
 *     db.selectFrom('gstins').selectAll().where('account_id', '=', p.accountId));
 *   const row = await LIVE.first(this.db, { accountId });
 * Every property of the arguments must end up a bound parameter (a value, a `set`/`values` column, a `sql`
 * template value); the build runs once with markers and again, plainly, only for arguments that do not fit.
 */
export function compiled<A extends Record<string, unknown>, R>(name: string, build: Build<A, R>): CompiledShape<A, R> {
  const shape = new CompiledShape(name, build);
  defined.push(shape as unknown as CompiledShape<never, unknown>);
  return shape;
}

/** Every compiled query defined so far (the tests check each one against its plain builder). */
export function compiledShapes(): readonly CompiledShape<never, unknown>[] {
  return defined;
}
