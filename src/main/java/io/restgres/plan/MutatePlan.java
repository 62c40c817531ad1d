package io.restgres.plan;

import io.restgres.schema.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to change one relation. The JSON body is bound as one parameter and expanded by PostgreSQL.
 *
 * @param columns the columns written, from the body's keys or {@code columns=}
 * @param body the JSON body text (an object or an array of objects)
 * @param where filters of an UPDATE or DELETE; for PUT, the URL's key values the body must carry
 * @param onConflict the conflict target of an upsert, with whether duplicates are merged
 * @param defaults with {@code Prefer: missing=default}: each written column's default expression
 *     (from the catalog), used where a row lacks the key
 * @param returning what the statement returns of each changed row, for the representation and
 *     {@code Location}: nothing ({@code RETURNING 1}, so that the write needs no SELECT privilege),
 *     {@code *} for the whole row, and column or computed-field names
 * @param primaryKey the relation's primary key, for {@code Location}
 * @param fromJson the relation's columns of a domain with a cast from json, by name: the function
 *     that reads their body values (PostgREST's domain representations); the body's keys of these
 *     columns are never parsed by the domain's own syntax, written or not
 */
public record MutatePlan(
    Kind kind,
    QualifiedName target,
    List<String> columns,
    String body,
    List<Predicate> where,
    Optional<OnConflict> onConflict,
    Optional<Map<String, Optional<String>>> defaults,
    List<String> returning,
    List<String> primaryKey,
    Map<String, QualifiedName> fromJson) {
  public MutatePlan {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    columns = List.copyOf(columns);
    where = List.copyOf(where);
    returning = List.copyOf(returning);
    primaryKey = List.copyOf(primaryKey);
    fromJson = Map.copyOf(fromJson);
  }

  /** Whether the statement returns the changed rows themselves rather than only counting them. */
  public boolean returnsRows() {
    return !returning.isEmpty();
  }

  /** The statement kind. */
  public enum Kind {
    INSERT,
    UPDATE,
    DELETE
  }

  /** {@code ON CONFLICT (columns) DO UPDATE | DO NOTHING}. */
  public record OnConflict(List<String> columns, boolean merge) {
    public OnConflict {
      columns = List.copyOf(columns);
    }
  }
}
