package io.restgres.auth;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The claim checks PostgREST runs on every request, cached token or not ({@code Auth/Jwt.hs},
 * {@code checkForErrors}): {@code exp}, {@code nbf}, {@code iat} with 30 s of clock skew, then
 * {@code aud}; the first failure in that order is reported. Absent or null claims pass.
 */
final class ClaimValidator {
  static final long ALLOWED_SKEW_SECONDS = 30;

  private final Optional<String> audience;

  /**
   * @param audience {@code jwt-aud}; when empty every audience is accepted
   */
  ClaimValidator(Optional<String> audience) {
    this.audience = audience;
  }

  void validate(JsonObject claims, long nowSeconds) {
    time(
        claims.get("exp"),
        JwtError.EXP_NOT_NUMBER,
        exp -> nowSeconds - ALLOWED_SKEW_SECONDS > exp,
        JwtError.EXPIRED);
    time(
        claims.get("nbf"),
        JwtError.NBF_NOT_NUMBER,
        nbf -> nowSeconds + ALLOWED_SKEW_SECONDS < nbf,
        JwtError.NOT_YET_VALID);
    time(
        claims.get("iat"),
        JwtError.IAT_NOT_NUMBER,
        iat -> nowSeconds + ALLOWED_SKEW_SECONDS < iat,
        JwtError.ISSUED_AT_FUTURE);
    audience(claims.get("aud"));
  }

  private static void time(JsonValue value, JwtError notNumber, LongPredicate fails, JwtError error) {
    if (value == null || value == JsonValue.NULL) {
      return;
    }
    if (!(value instanceof JsonNumber number)) {
      throw notNumber.exception();
    }
    if (fails.test(seconds(number.bigDecimalValue()))) {
      throw error.exception();
    }
  }

  /**
   * PostgREST reads the number with {@code toBoundedInteger}, falling back to 0: a fractional or
   * out-of-range {@code exp} is therefore long expired. The guards keep huge exponents cheap.
   */
  static long seconds(BigDecimal n) {
    if (n.signum() == 0 || n.precision() - n.scale() > 19 || n.stripTrailingZeros().scale() > 0) {
      return 0;
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      return 0;
    }
  }

  /** A string must match; in an array, every element must be a string and [] matches anything. */
  private void audience(JsonValue aud) {
    if (aud == null || aud == JsonValue.NULL) {
      return;
    }
    if (aud instanceof JsonString s) {
      if (!matches(s.getString())) {
        throw JwtError.NOT_IN_AUDIENCE.exception();
      }
    } else if (aud instanceof JsonArray list && list.stream().allMatch(JsonString.class::isInstance)) {
      if (!list.isEmpty() && list.stream().noneMatch(a -> matches(((JsonString) a).getString()))) {
        throw JwtError.NOT_IN_AUDIENCE.exception();
      }
    } else {
      throw JwtError.AUD_NOT_STRING_OR_ARRAY.exception();
    }
  }

  private boolean matches(String aud) {
    return audience.map(aud::equals).orElse(true);
  }
}
