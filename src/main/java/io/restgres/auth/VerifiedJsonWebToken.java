package io.restgres.auth;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token as a MicroProfile {@link JsonWebToken}, the principal of an authenticated
 * request's {@code SecurityContext}. Claims keep MP-JWT's types: the standard time claims are
 * {@code Long}, {@code aud} and {@code groups} are {@code Set<String>}, strings are {@code String},
 * and other values are JSON-P {@link JsonValue}s.
 */
public final class VerifiedJsonWebToken implements JsonWebToken {
  private final String rawToken;
  private final JsonObject claims;
  private final String role;

  VerifiedJsonWebToken(VerifiedToken token, String role) {
    this.rawToken = token.raw();
    this.claims = token.claims();
    this.role = Objects.requireNonNull(role, "role");
  }

  /** The {@code sub} claim, or else the database role the request runs as. */
  @Override
  public String getName() {
    return claims.get("sub") instanceof JsonString sub ? sub.getString() : role;
  }

  /**
   * The role the request runs as, which may come from a configured claim other than {@code role}.
   */
  public String getRole() {
    return role;
  }

  @Override
  public String getRawToken() {
    return rawToken;
  }

  @Override
  public Set<String> getClaimNames() {
    Set<String> names = new LinkedHashSet<>(claims.keySet());
    names.add(Claims.raw_token.name());
    return names;
  }

  @Override
  public boolean containsClaim(String name) {
    return getClaimNames().contains(name);
  }

  /** Absent time claims read as 0 rather than failing to unbox. */
  @Override
  public long getExpirationTime() {
    return seconds(claims.get("exp"));
  }

  @Override
  public long getIssuedAtTime() {
    return seconds(claims.get("iat"));
  }

  private static long seconds(JsonValue value) {
    return value instanceof JsonNumber n ? ClaimValidator.seconds(n.bigDecimalValue()) : 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getClaim(String name) {
    if (Claims.raw_token.name().equals(name)) {
      return (T) rawToken;
    }
    JsonValue value = claims.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    Class<?> type = standardType(name);
    if (type == Long.class && value instanceof JsonNumber) {
      return (T) Long.valueOf(seconds(value));
    } else if (type == Set.class) {
      return (T) stringSet(value);
    } else if (value instanceof JsonString s) {
      return (T) s.getString();
    } else if (type == Boolean.class && (value == JsonValue.TRUE || value == JsonValue.FALSE)) {
      return (T) Boolean.valueOf(value == JsonValue.TRUE);
    }
    return (T) value;
  }

  private static Class<?> standardType(String name) {
    for (Claims c : Claims.values()) {
      if (c.name().equals(name)) {
        return c.getType();
      }
    }
    return JsonValue.class;
  }

  private static Set<String> stringSet(JsonValue value) {
    List<JsonValue> items = value instanceof JsonArray array ? array : List.of(value);
    Set<String> out = new LinkedHashSet<>();
    items.forEach(item -> out.add(item instanceof JsonString s ? s.getString() : item.toString()));
    return out;
  }

  @Override
  public String toString() {
    return "VerifiedJsonWebToken[name=" + getName() + ", role=" + role + "]";
  }
}
