package dev.einvoice.core.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.einvoice.core.Json;
import dev.einvoice.models.GstnError;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An HTTP error answer. Carries the status, the request id ({@code X-Request-Id}, else the body's
 * {@code request_id}), the headers, the parsed RFC 9457 problem body (unknown members kept), its
 * {@code code} and the GSTN error codes. Subclasses by status: {@link #of} picks one.
 */
public class ApiException extends EinvoiceException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient HttpHeaders headers;
  private final transient JsonNode problem;
  private final String requestId;
  private final String code;
  private final List<GstnError> gstnErrors;

  public ApiException(int statusCode, HttpHeaders headers, JsonNode problem, String message) {
    super(message);
    this.statusCode = statusCode;
    this.headers = headers == null ? HttpHeaders.of(Map.of(), (a, b) -> true) : headers;
    this.problem = problem == null ? NullNode.getInstance() : problem;
    String rid = this.headers.firstValue("x-request-id").orElse(null);
    if ((rid == null || rid.isEmpty()) && this.problem.hasNonNull("request_id")) {
      rid = this.problem.get("request_id").asText();
    }
    this.requestId = rid;
    // The problem's code; a token endpoint error carries RFC 6749's `error` (e.g. invalid_client)
    // instead.
    this.code =
        this.problem.path("code").isTextual()
            ? this.problem.get("code").asText()
            : this.problem.path("error").isTextual() ? this.problem.get("error").asText() : null;
    List<GstnError> list = new ArrayList<>();
    JsonNode g = this.problem.get("gstn_errors");
    if (g != null && g.isArray()) {
      for (JsonNode e : g) {
        if (e.isObject()) list.add(gstnError(e));
      }
    }
    this.gstnErrors = Collections.unmodifiableList(list);
  }

  /**
   * One entry as the model (unknown members kept); a malformed one still gives its text members.
   */
  private static GstnError gstnError(JsonNode e) {
    try {
      return Json.mapper().treeToValue(e, GstnError.class);
    } catch (JsonProcessingException | IllegalArgumentException malformed) {
      return GstnError.builder()
          .code(text(e, "code"))
          .message(text(e, "message"))
          .hint(text(e, "hint"))
          .pointer(text(e, "pointer"))
          .build();
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Builds the subclass that matches the status. */
  public static ApiException of(int status, HttpHeaders headers, JsonNode problem) {
    String title =
        problem != null && problem.hasNonNull("title")
            ? problem.get("title").asText()
            : "HTTP " + status;
    String detail =
        problem != null && problem.hasNonNull("detail")
            ? ": " + problem.get("detail").asText()
            : "";
    String msg = status + " " + title + detail;
    switch (status) {
      case 400:
        return new BadRequestException(status, headers, problem, msg);
      case 401:
        return new AuthenticationException(status, headers, problem, msg);
      case 403:
        return new PermissionDeniedException(status, headers, problem, msg);
      case 404:
        return new NotFoundException(status, headers, problem, msg);
      case 409:
        return new ConflictException(status, headers, problem, msg);
      case 422:
        return new UnprocessableEntityException(status, headers, problem, msg);
      case 429:
        return new RateLimitException(status, headers, problem, msg);
      default:
        if (status >= 500) return new InternalServerException(status, headers, problem, msg);
        return new ApiException(status, headers, problem, msg);
    }
  }

  public int statusCode() {
    return statusCode;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The problem+json body as parsed JSON (a NullNode when the body was not JSON). */
  public JsonNode problem() {
    return problem;
  }

  public String requestId() {
    return requestId;
  }

  /**
   * The problem's machine-readable {@code code} ({@code gstn_validation_failed}, ...); for a token
   * endpoint error, RFC 6749's {@code error} ({@code invalid_client}, ...); or null.
   */
  public String code() {
    return code;
  }

  /**
   * NIC's errors from the problem's {@code gstn_errors} (code, message, and the hint and pointer
   * when there are); empty when the body has none. The same {@link GstnError} model the API's
   * documents carry.
   */
  public List<GstnError> gstnErrors() {
    return gstnErrors;
  }

  @Override
  public String contractClass() {
    return "APIError";
  }
}
