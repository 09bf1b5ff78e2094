package dev.einvoice.core;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** What generated services need from a client: its options and its engine. */
public final class ClientContext {
  private final ClientOptions options;
  private final HttpEngine engine;

  public ClientContext(ClientOptions options, HttpEngine engine) {
    this.options = options;
    this.engine = engine;
  }

  public ClientOptions options() {
    return options;
  }

  public HttpEngine engine() {
    return engine;
  }

  public static JavaType type(Class<?> cls) {
    return TypeFactory.defaultInstance().constructType(cls);
  }

  public <T> ApiResponse<T> execute(ApiRequest req, Class<T> type, RequestOptions ro) {
    return engine.execute(options, req, type == null || type == Void.class ? null : type(type), ro);
  }

  public <T> List<T> executeNdjson(ApiRequest req, Class<T> itemType, RequestOptions ro) {
    return engine.executeNdjson(options, req, type(itemType), ro);
  }

  public <T> CompletableFuture<T> async(Supplier<T> call) {
    return engine.async(options, call);
  }
}
