package dev.einvoice.core;

import java.util.List;

/** One page of a cursor-paginated list. */
public record Page<T>(List<T> data, boolean hasMore, String nextCursor) {
  public boolean hasNextPage() {
    return hasMore && nextCursor != null && !nextCursor.isEmpty();
  }
}
