package dev.einvoice.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks every item of every page, fetching the next page lazily: {@code for (DocumentSummary d :
 * client.documents().listAutoPaging(params)) { ... }}.
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Function<String, Page<T>> fetch;
  private final String firstCursor;

  /** {@code fetch} takes the cursor ({@code null} for the first page) and returns that page. */
  public AutoPager(Function<String, Page<T>> fetch, String firstCursor) {
    this.fetch = fetch;
    this.firstCursor = firstCursor;
  }

  /** Page by page. */
  public Iterable<Page<T>> pages() {
    return () ->
        new Iterator<>() {
          private Page<T> next = fetch.apply(firstCursor);

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public Page<T> next() {
            if (next == null) throw new NoSuchElementException();
            Page<T> cur = next;
            next = cur.hasNextPage() ? fetch.apply(cur.nextCursor()) : null;
            return cur;
          }
        };
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> items = List.<T>of().iterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext()) {
          if (!pages.hasNext()) return false;
          items = pages.next().data().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return items.next();
      }
    };
  }

  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /** Every item in a list (fetches all pages). */
  public List<T> toList() {
    List<T> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }
}
