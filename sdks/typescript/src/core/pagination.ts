// Cursor pagination: `await list()` gives the first page; `for await (const item of list())` walks them all.
import { APIPromise, type RawResult } from './api-promise.js';

export interface ListBody<T> {
  object?: string;
  data: T[];
  has_more: boolean;
  next_cursor: string | null;
}

export class Page<T> implements AsyncIterable<T> {
  readonly data: T[];
  readonly has_more: boolean;
  readonly next_cursor: string | null;

  constructor(
    body: ListBody<T>,
    readonly response: Response,
    private readonly fetchPage: (cursor: string) => PagePromise<T>,
  ) {
    this.data = body.data ?? [];
    this.has_more = Boolean(body.has_more);
    this.next_cursor = body.next_cursor ?? null;
  }

  hasNextPage(): boolean {
    return this.has_more && this.next_cursor !== null;
  }

  getNextPage(): PagePromise<T> {
    if (!this.hasNextPage()) throw new Error('no next page; check hasNextPage() first');
    return this.fetchPage(this.next_cursor!);
  }

  async *iterPages(): AsyncGenerator<Page<T>> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

export class PagePromise<T> extends APIPromise<Page<T>> implements AsyncIterable<T> {
  constructor(raw: Promise<RawResult>, fetchPage: (cursor: string) => PagePromise<T>) {
    super(raw, (data, response) => new Page<T>(data as ListBody<T>, response, fetchPage));
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    const first = await this;
    yield* first;
  }
}
