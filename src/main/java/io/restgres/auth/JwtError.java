package io.restgres.auth;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import java.util.Locale;

/**
 * The JWT failures PostgREST reports, with its exact messages ({@code Error.hs}, {@code JwtError}).
 * Decode and claim errors carry {@code WWW-Authenticate: Bearer error="invalid_token", ...} (RFC
 * 6750 §3); a missing token when anonymous access is disabled carries a bare {@code Bearer}.
 */
enum JwtError {
  SECRET_MISSING(ErrorCode.JWT_SECRET_MISSING, "Server lacks JWT secret"),
  EMPTY_AUTH_HEADER(ErrorCode.JWT_INVALID, "Empty JWT is sent in Authorization header"),
  UNEXPECTED_PARTS(ErrorCode.JWT_INVALID, "Expected 3 parts in JWT; got %d"),
  KEY_ERROR(ErrorCode.JWT_INVALID, "No suitable key or wrong key type"),
  BAD_ALGORITHM(ErrorCode.JWT_INVALID, "Wrong or unsupported encoding algorithm"),
  BAD_CRYPTO(ErrorCode.JWT_INVALID, "JWT cryptographic operation failed"),
  UNDECODABLE(ErrorCode.JWT_INVALID, "JWT couldn't be decoded"),
  TOKEN_REQUIRED(ErrorCode.ANONYMOUS_DISABLED, "Anonymous access is disabled"),
  EXPIRED(ErrorCode.JWT_CLAIMS_INVALID, "JWT expired"),
  NOT_YET_VALID(ErrorCode.JWT_CLAIMS_INVALID, "JWT not yet valid"),
  ISSUED_AT_FUTURE(ErrorCode.JWT_CLAIMS_INVALID, "JWT issued at future"),
  NOT_IN_AUDIENCE(ErrorCode.JWT_CLAIMS_INVALID, "JWT not in audience"),
  PARSING_CLAIMS_FAILED(ErrorCode.JWT_CLAIMS_INVALID, "Parsing claims failed"),
  EXP_NOT_NUMBER(ErrorCode.JWT_CLAIMS_INVALID, "The JWT 'exp' claim must be a number"),
  NBF_NOT_NUMBER(ErrorCode.JWT_CLAIMS_INVALID, "The JWT 'nbf' claim must be a number"),
  IAT_NOT_NUMBER(ErrorCode.JWT_CLAIMS_INVALID, "The JWT 'iat' claim must be a number"),
  AUD_NOT_STRING_OR_ARRAY(
      ErrorCode.JWT_CLAIMS_INVALID, "The JWT 'aud' claim must be a string or an array of strings");

  private final ErrorCode code;
  private final String message;

  JwtError(ErrorCode code, String message) {
    this.code = code;
    this.message = message;
  }

  ApiException exception() {
    return exception(null);
  }

  /** The error with PostgREST's details text (jose-jwt's reason for key and algorithm errors). */
  ApiException exception(String details) {
    return withHeaders(code.exception(message, details, null), message);
  }

  static ApiException unexpectedParts(int parts) {
    String text = String.format(Locale.ROOT, UNEXPECTED_PARTS.message, parts);
    return withHeaders(UNEXPECTED_PARTS.code.exception(text, null, null), text);
  }

  private static ApiException withHeaders(ApiException e, String message) {
    switch (e.code()) {
      case "PGRST301", "PGRST303":
        return e.withHeader(
            "WWW-Authenticate",
            "Bearer error=\"invalid_token\", error_description=" + haskellShow(message));
      case "PGRST302":
        return e.withHeader("WWW-Authenticate", "Bearer");
      default:
        return e;
    }
  }

  /**
   * PostgREST writes the description with Haskell's {@code show}: double quotes, backslash escapes.
   */
  private static String haskellShow(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
