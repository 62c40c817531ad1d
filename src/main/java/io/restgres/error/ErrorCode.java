package io.restgres.error;

/**
 * The PGRST error codes Restgres raises itself, each with the HTTP status PostgREST gives it
 * (PostgREST {@code Error.hs}). Codes are grouped by pipeline stage: 0xx connection, 1xx request,
 * 2xx schema cache, 3xx JWT; {@code PGRSTX} codes other than X00 are Restgres' own, for limits
 * PostgREST does not have.
 */
public enum ErrorCode {
  CONNECTION_FAILED("PGRST000", 503),
  INTERNAL_CONNECTION("PGRST001", 503),
  SCHEMA_CACHE_NOT_READY("PGRST002", 503),
  POOL_TIMEOUT("PGRST003", 504),
  QUERY_PARSE("PGRST100", 400),
  INVALID_RPC_METHOD("PGRST101", 405),
  INVALID_BODY("PGRST102", 400),
  INVALID_RANGE("PGRST103", 416),
  INVALID_PUT("PGRST105", 405),
  UNACCEPTABLE_SCHEMA("PGRST106", 406),
  UNACCEPTABLE_MEDIA_TYPE("PGRST107", 406),
  UNSELECTED_EMBED_FILTER("PGRST108", 400),
  INVALID_RESPONSE_HEADERS("PGRST111", 500),
  INVALID_RESPONSE_STATUS("PGRST112", 500),
  PUT_LIMIT("PGRST114", 400),
  PUT_PK_MISMATCH("PGRST115", 400),
  SINGULAR_MISMATCH("PGRST116", 406),
  UNSUPPORTED_METHOD("PGRST117", 405),
  ORDER_NOT_TO_ONE("PGRST118", 400),
  INVALID_EMBED_FILTER("PGRST120", 400),
  INVALID_RAISE("PGRST121", 500),
  STRICT_PREFERENCE("PGRST122", 400),
  AGGREGATES_DISABLED("PGRST123", 400),
  MAX_AFFECTED("PGRST124", 400),
  MAX_AFFECTED_SINGLE_ROW("PGRST128", 400),
  INVALID_PATH("PGRST125", 404),
  OPENAPI_DISABLED("PGRST126", 404),
  NOT_IMPLEMENTED("PGRST127", 400),
  NO_RELATIONSHIP("PGRST200", 400),
  AMBIGUOUS_EMBED("PGRST201", 300),
  FUNCTION_NOT_FOUND("PGRST202", 404),
  AMBIGUOUS_FUNCTION("PGRST203", 300),
  COLUMN_NOT_FOUND("PGRST204", 400),
  TABLE_NOT_FOUND("PGRST205", 404),
  JWT_SECRET_MISSING("PGRST300", 500),
  JWT_INVALID("PGRST301", 401),
  ANONYMOUS_DISABLED("PGRST302", 401),
  JWT_CLAIMS_INVALID("PGRST303", 401),
  INTERNAL("PGRSTX00", 500),
  BODY_TOO_LARGE("PGRSTX01", 413),
  /** Restgres's own: the HTTP server refused the request before the API saw it; the status varies. */
  REJECTED_BY_SERVER("PGRSTX02", 400);

  private final String code;
  private final int status;

  ErrorCode(String code, int status) {
    this.code = code;
    this.status = status;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  public ApiException exception(String message) {
    return new ApiException(status, code, message, null, null);
  }

  public ApiException exception(String message, String details, String hint) {
    return new ApiException(status, code, message, details, hint);
  }

  /** This error with the given status instead of its usual one. */
  public ApiException exception(int status, String message) {
    return new ApiException(status, code, message, null, null);
  }

  /** An error whose details are the given JSON text (an array or object), not a string. */
  public ApiException exceptionWithJsonDetails(String message, String detailsJson, String hint) {
    return ApiException.withJsonDetails(status, code, message, detailsJson, hint);
  }
}
