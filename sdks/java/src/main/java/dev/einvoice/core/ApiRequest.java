package dev.einvoice.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** One logical call as the generated services describe it. */
public final class ApiRequest {
  final String method;
  final String path;
  final Auth auth;
  final String operationId;
  final boolean idempotent;
  final Object body;
  final Map<String, String> form;
  final Map<String, String> query;
  final Map<String, String> headers;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.auth = b.auth;
    this.operationId = b.operationId;
    this.idempotent = b.idempotent;
    this.body = b.body;
    this.form = b.form;
    this.query = new LinkedHashMap<>(b.query);
    this.headers = new LinkedHashMap<>(b.headers);
  }

  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public String operationId() {
    return operationId;
  }

  /** A copy with one query parameter set (the pager uses it for the cursor). */
  public ApiRequest withQuery(String name, String value) {
    Builder b = toBuilder();
    b.query.put(name, value);
    return b.build();
  }

  Builder toBuilder() {
    Builder b = new Builder(method, path);
    b.auth = auth;
    b.operationId = operationId;
    b.idempotent = idempotent;
    b.body = body;
    b.form = form;
    b.query.putAll(query);
    b.headers.putAll(headers);
    return b;
  }

  String target(String baseUrl) {
    StringBuilder sb = new StringBuilder(baseUrl).append(path);
    if (!query.isEmpty()) {
      StringJoiner j = new StringJoiner("&", "?", "");
      query.forEach((k, v) -> j.add(enc(k) + "=" + enc(v)));
      sb.append(j);
    }
    return sb.toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Encodes one path segment. */
  public static String pathSegment(String value) {
    return enc(value);
  }

  /** Renders a query or header value: enums by their wire value, lists comma-joined. */
  public static String render(Object value) {
    if (value instanceof List) {
      StringJoiner j = new StringJoiner(",");
      for (Object o : (List<?>) value) j.add(String.valueOf(o));
      return j.toString();
    }
    return String.valueOf(value);
  }

  public static final class Builder {
    private final String method;
    private final String path;
    private Auth auth = Auth.NONE;
    private String operationId = "";
    private boolean idempotent;
    private Object body;
    private Map<String, String> form;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Builder auth(Auth auth) {
      this.auth = auth;
      return this;
    }

    public Builder operationId(String id) {
      this.operationId = id;
      return this;
    }

    /** The operation accepts {@code Idempotency-Key}: one is generated per logical call. */
    public Builder idempotent(boolean v) {
      this.idempotent = v;
      return this;
    }

    public Builder body(Object body) {
      this.body = body;
      return this;
    }

    public Builder form(Map<String, String> form) {
      this.form = new LinkedHashMap<>(form);
      return this;
    }

    public Builder query(String name, Object value) {
      if (value != null) query.put(name, render(value));
      return this;
    }

    public Builder query(Map<String, String> values) {
      if (values != null) query.putAll(values);
      return this;
    }

    public Builder header(String name, Object value) {
      if (value != null) headers.put(name, render(value));
      return this;
    }

    public Builder headers(Map<String, String> values) {
      if (values != null) headers.putAll(values);
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
