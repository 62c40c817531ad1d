package io.restgres.auth;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

  void validate(Map<String, Object> claims, long nowSeconds) {
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

  private static void time(Object value, JwtError notNumber, LongPredicate fails, JwtError error) {
    if (value == null) {
      return;
    }
    if (!(value instanceof BigDecimal number)) {
      throw notNumber.exception();
    }
    if (fails.test(seconds(number))) {
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
  private void audience(Object aud) {
    if (aud == null) {
      return;
    }
    if (aud instanceof String s) {
      if (!matches(s)) {
        throw JwtError.NOT_IN_AUDIENCE.exception();
      }
    } else if (aud instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      if (!list.isEmpty() && list.stream().noneMatch(a -> matches((String) a))) {
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
