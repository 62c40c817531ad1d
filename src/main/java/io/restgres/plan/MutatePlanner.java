package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.plan.MutatePlan.Kind;
import io.restgres.plan.MutatePlan.OnConflict;
import io.restgres.request.ApiRequest;
import io.restgres.request.Condition;
import io.restgres.request.Filter;
import io.restgres.request.Operator;
import io.restgres.request.Payload;
import io.restgres.request.Preferences;
import io.restgres.schema.Column;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Table;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The write-plan passes: body, columns, conflict target, PUT's key check (PostgREST mutatePlan). */
final class MutatePlanner {
  private MutatePlanner() {}

  static MutatePlan plan(Table table, ApiRequest req, ReadPlan read) {
    List<String> returning = returning(table, req.preferences(), read);
    return switch (req.action()) {
      case INSERT -> insert(table, req, body(table, req), returning);
      case UPSERT_PUT -> put(table, req, returning);
      case UPDATE -> update(table, req, read, returning);
      case DELETE -> new MutatePlan(Kind.DELETE, table.name(), List.of(), "", read.where(), Optional.empty(),
          Optional.empty(), returning, table.primaryKey(), Map.of());
      default -> throw new IllegalStateException("not a write: " + req.action());
    };
  }

  // Rows are returned only for a body or a Location; return=minimal needs no SELECT privilege.
  private static List<String> returning(Table table, Preferences p, ReadPlan read) {
    boolean rows = p.returning().filter(r -> r.equals("representation") || r.equals("headers-only")).isPresent();
    return rows ? ReturnedColumns.of(table, read) : List.of();
  }

  private static Payload body(Table table, ApiRequest req) {
    Payload body = req.payload().orElseThrow(() -> new IllegalStateException("a write without a body"));
    for (String c : body.keys()) {
      if (table.column(c).isEmpty()) {
        throw ErrorCode.COLUMN_NOT_FOUND.exception(
            "Could not find the '" + c + "' column of '" + table.name().name() + "' in the schema cache");
      }
    }
    return body;
  }

  private static MutatePlan insert(Table table, ApiRequest req, Payload body, List<String> returning) {
    Preferences p = req.preferences();
    Optional<OnConflict> onConflict = conflictTarget(table, req)
        .flatMap(cols -> p.resolution().map(r -> new OnConflict(cols, r.equals("merge-duplicates"))));
    return new MutatePlan(Kind.INSERT, table.name(), body.keys(), body.json(), List.of(), onConflict,
        defaults(table, body.keys(), p.missingDefault()), returning, table.primaryKey(), fromJson(table));
  }

  /** The upsert target: {@code on_conflict=} or the primary key; none when neither exists. */
  static Optional<List<String>> conflictTarget(Table table, ApiRequest req) {
    if (req.query().onConflict().isPresent()) {
      return req.query().onConflict();
    }
    return table.primaryKey().isEmpty() ? Optional.empty() : Optional.of(table.primaryKey());
  }

  private static Optional<Map<String, Optional<String>>> defaults(Table table, List<String> cols, boolean missing) {
    if (!missing) {
      return Optional.empty();
    }
    Map<String, Optional<String>> out = new LinkedHashMap<>();
    cols.forEach(c -> out.put(c, table.column(c).flatMap(Column::defaultValue)));
    return Optional.of(out);
  }

  private static Map<String, QualifiedName> fromJson(Table table) {
    Map<String, QualifiedName> out = new LinkedHashMap<>();
    table.columns().forEach((name, col) -> col.representation().fromJson().ifPresent(f -> out.put(name, f)));
    return out;
  }

  // PUT: a single-row upsert addressed by eq filters on exactly the primary key
  private static MutatePlan put(Table table, ApiRequest req, List<String> returning) {
    if (req.query().rootLimit().isPresent() || req.query().rootOffset().filter(o -> o != 0).isPresent()) {
      throw ErrorCode.PUT_LIMIT.exception("limit/offset querystring parameters are not allowed for PUT");
    }
    List<Filter> filters = req.query().filters();
    Set<String> keyed = new HashSet<>();
    for (Filter f : filters) {
      Condition c = f.condition();
      boolean plainEq = f.embedPath().isEmpty() && f.field().path().isEmpty() && !c.negated()
          && c.operator() == Operator.EQ && c.quantifier().isEmpty();
      if (plainEq) {
        keyed.add(f.field().name());
      }
    }
    boolean exact = !table.primaryKey().isEmpty() && req.query().logic().isEmpty()
        && filters.size() == table.primaryKey().size() && keyed.equals(Set.copyOf(table.primaryKey()));
    if (!exact) {
      throw ErrorCode.INVALID_PUT.exception(
          "Filters must include all and only primary key columns with 'eq' operators");
    }
    Payload body = body(table, req);
    List<Predicate> keys = filters.stream()
        .map(f -> (Predicate) new Predicate.Compare(ReadPlanner.resolve(table, f.field()), f.condition()))
        .toList();
    return new MutatePlan(Kind.INSERT, table.name(), body.keys(), body.json(), keys,
        Optional.of(new OnConflict(table.primaryKey(), true)), Optional.empty(), returning, table.primaryKey(),
        fromJson(table));
  }

  // An array body is joined to each matching row, which PostgreSQL updates once, from one of its
  // objects (PostgREST's UPDATE … FROM); [] and [{}] change nothing.
  private static MutatePlan update(Table table, ApiRequest req, ReadPlan read, List<String> returning) {
    Payload body = body(table, req);
    return new MutatePlan(Kind.UPDATE, table.name(), body.keys(), body.json(), read.where(), Optional.empty(),
        defaults(table, body.keys(), req.preferences().missingDefault()), returning, table.primaryKey(),
        fromJson(table));
  }
}
