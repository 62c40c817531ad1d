package io.restgres.auth;

import io.restgres.config.AppConfig;
import io.restgres.error.ApiException;
import io.restgres.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Authenticates requests from their {@code Authorization} header as PostgREST does ({@code
 * Auth.hs}, {@code Auth/Jwt.hs}): no bearer token means the anonymous role; a token must verify
 * against {@code jwt-secret} and pass the claim checks, and its role claim (default {@code .role})
 * names the role, falling back to the anonymous role. Build one at start-up and share it: it is
 * thread-safe, and a bad {@code jwt-secret} or {@code jwt-role-claim-key} fails construction with a
 * {@link io.restgres.config.ConfigException}.
 */
public final class JwtVerifier {
  /** Longer tokens are refused before any parsing; real ones are a few kilobytes at most. */
  public static final int MAX_TOKEN_LENGTH = 16_384;

  private final Optional<JwsDecoder> decoder;
  private final ClaimValidator validator;
  private final RoleClaimKey roleClaimKey;
  private final Optional<String> anonRole;
  /** The same for every request without a token, so built once. */
  private final Optional<Authentication> anonymous;
  private final TokenCache cache;
  private final Clock clock;

  public JwtVerifier(AppConfig config) {
    this(config, Clock.systemUTC());
  }

  JwtVerifier(AppConfig config, Clock clock) {
    this.decoder = decoder(config, clock);
    this.validator = new ClaimValidator(config.jwtAud());
    this.roleClaimKey = RoleClaimKey.parse(config.jwtRoleClaimKey());
    this.anonRole = config.dbAnonRole();
    this.anonymous = anonRole.map(role -> new Authentication(
        new AuthContext(role, claimsJson(JsonValue.EMPTY_JSON_OBJECT, role), false), Optional.empty()));
    this.cache = new TokenCache(config.jwtCacheMaxEntries());
    this.clock = clock;
  }

  /** Keys from {@code jwt-secret}, {@code jwt-jwks-url} or both; none means tokens are refused. */
  private static Optional<JwsDecoder> decoder(AppConfig config, Clock clock) {
    if (config.jwtSecret().isEmpty() && config.jwtJwksUrl().isEmpty()) {
      return Optional.empty();
    }
    List<VerificationKey> fixed =
        config.jwtSecret().map(s -> JwtSecret.parse(s, config.jwtSecretIsBase64())).orElse(List.of());
    Optional<RemoteJwks> remote = config.jwtJwksUrl().map(u -> new RemoteJwks(u, clock));
    return Optional.of(new JwsDecoder(fixed, remote));
  }

  /**
   * The role and claims for a request.
   *
   * @param authorization the {@code Authorization} header value, or null when absent
   * @throws ApiException PGRST300 (500) for a token without {@code jwt-secret}; PGRST301 (401) for
   *     an undecodable token or bad signature; PGRST302 (401) when no role results and there is no
   *     anonymous role; PGRST303 (401) for failed claim checks
   */
  public AuthContext authenticate(String authorization) {
    return verify(authorization).context();
  }

  Authentication verify(String authorization) {
    Optional<String> token = bearerToken(authorization);
    if (token.isEmpty()) {
      return anonymous.orElseThrow(JwtError.TOKEN_REQUIRED::exception);
    }
    VerifiedToken verified = decode(token.get());
    validator.validate(verified.claims(), clock.instant().getEpochSecond());
    String role =
        roleOf(verified.claims())
            .or(() -> anonRole)
            .orElseThrow(JwtError.TOKEN_REQUIRED::exception);
    // PostgREST counts a request as authenticated when its role differs from the anonymous one
    // (App.hs: Just authRole /= configDbAnonRole); that decides 401 versus 403 for SQLSTATE 42501.
    boolean authenticated = !anonRole.equals(Optional.of(role));
    AuthContext context = new AuthContext(role, claimsJson(verified.claims(), role), authenticated);
    return new Authentication(context, Optional.of(verified));
  }

  private VerifiedToken decode(String token) {
    JwsDecoder jws = decoder.orElseThrow(JwtError.SECRET_MISSING::exception);
    if (token.isEmpty()) {
      throw JwtError.EMPTY_AUTH_HEADER.exception();
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw JwtError.UNDECODABLE.exception(
          "The JWT is longer than " + MAX_TOKEN_LENGTH + " characters");
    }
    return cache.get(token, t -> new VerifiedToken(t, jws.decode(t)));
  }

  /** The first value the role claim key selects; a non-string is used as its JSON text. */
  private Optional<String> roleOf(JsonObject claims) {
    List<JsonValue> found = roleClaimKey.select(claims);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonValue role = found.get(0);
    return Optional.of(role instanceof JsonString s ? s.getString() : role.toString());
  }

  /**
   * {@code request.jwt.claims}: the claims with {@code role} set to the resolved role
   * (PreQuery.hs).
   */
  private static String claimsJson(JsonObject claims, String role) {
    return Jsonp.objectBuilder(claims).add("role", role).build().toString();
  }

  /**
   * The token of a {@code Bearer} credential (scheme case-insensitive), as wai-extra's {@code
   * extractBearerAuth}: other schemes, such as Basic, are no token at all and so anonymous.
   */
  static Optional<String> bearerToken(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    int end = 0;
    while (end < authorization.length() && !isSpace(authorization.charAt(end))) {
      end++;
    }
    if (!authorization.substring(0, end).toLowerCase(Locale.ROOT).equals("bearer")) {
      return Optional.empty();
    }
    int start = end;
    while (start < authorization.length() && isSpace(authorization.charAt(start))) {
      start++;
    }
    return Optional.of(authorization.substring(start));
  }

  /** Data.Word8's isSpace: space, \t through \r, and no-break space. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0';
  }
}
