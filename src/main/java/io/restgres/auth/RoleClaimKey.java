package io.restgres.auth;

import io.restgres.config.ConfigException;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Where the role sits in the claims ({@code jwt-role-claim-key}): an RFC 9535 JSONPath such as
 * {@code $.realm.roles[0]}, or PostgREST's older DSL such as {@code .realm.roles[0]}, which v13+
 * still accepts (PostgREST {@code Config/JSPath.hs}, {@code Config/DeprecatedJSPath.hs}).
 */
interface RoleClaimKey {
  /** The values the key selects in document order; the first one is the role. */
  List<JsonValue> select(JsonValue claims);

  /** Parses either syntax: JSONPath queries start with {@code $}, DSL paths never do. */
  static RoleClaimKey parse(String key) {
    try {
      return key.startsWith("$") ? JsonPath.parse(key) : LegacyRolePath.parse(key);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "failed to parse jwt-role-claim-key value (" + key + "): " + e.getMessage());
    }
  }
}
