package io.restgres.error;

import io.restgres.json.JsonText;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one error type of Restgres: everything a request can fail with, rendered as PostgREST's body
 * {@code {"code","message","details","hint"}} with its HTTP status. {@code details} and {@code hint}
 * may be null (rendered as JSON null). Extra headers carry e.g. {@code WWW-Authenticate} on a 401 or
 * the headers of a {@code RAISE SQLSTATE 'PGRST'}.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String details;
  private final String hint;
  private final boolean detailsAreJson;
  private final transient List<Map.Entry<String, String>> headers;
  private final String reasonPhrase;

  public ApiException(int status, String code, String message, String details, String hint) {
    this(status, code, message, details, hint, List.of());
  }

  public ApiException(
      int status,
      String code,
      String message,
      String details,
      String hint,
      List<Map.Entry<String, String>> headers) {
    this(status, code, message, details, false, hint, headers, null);
  }

  private ApiException(
      int status,
      String code,
      String message,
      String details,
      boolean detailsAreJson,
      String hint,
      List<Map.Entry<String, String>> headers,
      String reasonPhrase) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.details = details;
    this.detailsAreJson = detailsAreJson;
    this.hint = hint;
    this.headers = List.copyOf(headers);
    this.reasonPhrase = reasonPhrase;
  }

  /**
   * An error whose {@code details} is a JSON value written by the caller rather than a string:
   * PGRST201 lists the candidate relationships as an array of objects.
   */
  public static ApiException withJsonDetails(int status, String code, String message, String detailsJson, String hint) {
    return new ApiException(status, code, message, Objects.requireNonNull(detailsJson), true, hint, List.of(), null);
  }

  /** A copy of this error with one more response header. */
  public ApiException withHeader(String name, String value) {
    List<Map.Entry<String, String>> more = new java.util.ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new ApiException(status, code, getMessage(), details, detailsAreJson, hint, more, reasonPhrase);
  }

  /**
   * A copy of this error with its own reason phrase in the status line (PostgREST: the message of
   * {@code RAISE SQLSTATE 'PTxxx'}, the {@code status_text} of a raised PGRST error).
   */
  public ApiException withReasonPhrase(String phrase) {
    return new ApiException(status, code, getMessage(), details, detailsAreJson, hint, headers, phrase);
  }

  /** The reason phrase of the status line, when it is not the status's standard one. */
  public Optional<String> reasonPhrase() {
    return Optional.ofNullable(reasonPhrase);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String details() {
    return details;
  }

  public String hint() {
    return hint;
  }

  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The JSON body, verbose; built without a JSON library so that this package stays dependency-free. */
  public String toJson() {
    return "{\"code\":"
        + JsonText.quote(code)
        + ",\"details\":"
        + (detailsAreJson ? details : JsonText.quoteOrNull(details))
        + ",\"hint\":"
        + JsonText.quoteOrNull(hint)
        + ",\"message\":"
        + JsonText.quote(getMessage())
        + "}";
  }

  /**
   * The JSON body at this verbosity: minimal leaves out {@code details} and {@code hint}, as
   * PostgREST's {@code errorPayload Minimal}.
   */
  public String toJson(ErrorVerbosity verbosity) {
    if (verbosity == ErrorVerbosity.VERBOSE) {
      return toJson();
    }
    return "{\"code\":" + JsonText.quote(code) + ",\"message\":" + JsonText.quote(getMessage()) + "}";
  }
}
