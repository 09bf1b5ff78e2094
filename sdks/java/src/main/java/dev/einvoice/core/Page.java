package dev.einvoice.core;

import java.util.List;
import java.util.Objects;

/** One page of a cursor-paginated list. Immutable. */
public final class Page<T> {
  private final List<T> data;
  private final boolean hasMore;
  private final String nextCursor;

  public Page(List<T> data, boolean hasMore, String nextCursor) {
    this.data = data;
    this.hasMore = hasMore;
    this.nextCursor = nextCursor;
  }

  public List<T> data() {
    return data;
  }

  public boolean hasMore() {
    return hasMore;
  }

  /** The cursor of the next page, or null. */
  public String nextCursor() {
    return nextCursor;
  }

  public boolean hasNextPage() {
    return hasMore && nextCursor != null && !nextCursor.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Page)) return false;
    Page<?> that = (Page<?>) o;
    return hasMore == that.hasMore
        && Objects.equals(data, that.data)
        && Objects.equals(nextCursor, that.nextCursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, hasMore, nextCursor);
  }

  @Override
  public String toString() {
    return "Page[data=" + data + ", hasMore=" + hasMore + ", nextCursor=" + nextCursor + "]";
  }
}
