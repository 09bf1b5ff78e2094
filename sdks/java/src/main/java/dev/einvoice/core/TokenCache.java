package dev.einvoice.core;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * OAuth tokens cached per credential (client id), refreshed 60 s before expiry (half-way for tokens
 * that live under 2 min); concurrent callers share one token request (single flight).
 */
public final class TokenCache {
  static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    volatile String token;
    volatile Instant refreshAt = Instant.EPOCH;
  }

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();

  Entry entry(String clientId) {
    return entries.computeIfAbsent(clientId, k -> new Entry());
  }

  void countRequest() {
    requests.incrementAndGet();
  }

  /** How many token requests this cache made. */
  public int requests() {
    return requests.get();
  }

  /** Drops the cached token if it is still {@code token} (after a 401). */
  public void invalidate(String clientId, String token) {
    Entry e = entry(clientId);
    e.lock.lock();
    try {
      if (token.equals(e.token)) e.token = null;
    } finally {
      e.lock.unlock();
    }
  }
}
