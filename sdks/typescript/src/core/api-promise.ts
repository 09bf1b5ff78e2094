// A promise for a parsed result that can also give the raw Response (`.withResponse()`, `.asResponse()`).

export interface RawResult {
  response: Response;
  data: unknown;
}

export class APIPromise<T> implements PromiseLike<T> {
  private parsed: Promise<{ data: T; response: Response }> | undefined;

  constructor(
    private readonly raw: Promise<RawResult>,
    private readonly transform: (data: unknown, response: Response) => T = (d) => d as T,
  ) {}

  /** The parsed result together with the HTTP response (status, headers such as `Idempotent-Replayed`). */
  withResponse(): Promise<{ data: T; response: Response }> {
    this.parsed ??= this.raw.then((r) => ({ data: this.transform(r.data, r.response), response: r.response }));
    return this.parsed;
  }

  /** The HTTP response only (its body has already been read and parsed). */
  asResponse(): Promise<Response> {
    return this.raw.then((r) => r.response);
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a thenable by design, so `await` works on it.
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.withResponse()
      .then((r) => r.data)
      .then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}
