package io.restgres.sql;

import io.restgres.plan.Projection;
import java.util.Optional;

/**
 * Renders one projection of a node: {@code "alias".*}, a field with its cast and output name, or an
 * aggregate ({@code SqlFragment.hs:pgFmtSelectItem}). Casts are written {@code CAST(x AS type)}
 * because {@code ::} binds tighter than the JSON operators ({@code data->>'a'::int} casts the key).
 */
final class ProjectionSql {
  private ProjectionSql() {}

  static Sql of(Sql qualifier, Projection p) {
    Sql expr = expression(qualifier, p);
    if (p instanceof Projection.Field f && (f.outputName().isPresent() || f.field().toJson().isPresent())) {
      return expr.then(" AS ").then(Sql.ident(f.key()));
    }
    if (p instanceof Projection.Aggregate a) {
      return expr.then(" AS ").then(Sql.ident(a.outputName()));
    }
    if (p instanceof Projection.Lifted l) {
      return expr.then(" AS ").then(Sql.ident(l.key()));
    }
    return expr;
  }

  /** The value of a projection without its output name: what GROUP BY repeats. */
  static Sql expression(Sql qualifier, Projection p) {
    if (p instanceof Projection.AllColumns) {
      return qualifier.then(".*");
    }
    if (p instanceof Projection.Field f) {
      Sql field = FieldSql.field(qualifier, f.field());
      // a domain with a cast to json is presented through it (PostgREST's domain representations)
      Sql presented = f.field().toJson().map(fn -> Sql.name(fn).then("(").then(field).then(")")).orElse(field);
      return cast(presented, f.cast());
    }
    if (p instanceof Projection.Aggregate a) {
      Sql arg = a.field().map(f -> cast(FieldSql.field(qualifier, f), a.fieldCast())).orElse(Sql.keyword("*"));
      return cast(function(a.function()).then(arg).then(")"), a.aggregateCast());
    }
    if (p instanceof Projection.Lifted l) {
      Projection.Aggregate a = l.aggregate();
      return a.field().map(f -> cast(FieldSql.field(qualifier, f), a.fieldCast())).orElse(qualifier);
    }
    throw new IllegalStateException("unknown projection " + p);
  }

  /** A lifted aggregate, computed over the column of a spread's lateral that carries its argument. */
  static Sql lifted(Sql lateral, Projection.Lifted l) {
    Projection.Aggregate a = l.aggregate();
    Sql column = lateral.then(".").then(Sql.ident(l.key()));
    return cast(function(a.function()).then(column).then(")"), a.aggregateCast()).then(" AS ")
        .then(Sql.ident(a.outputName()));
  }

  static Sql cast(Sql expr, Optional<String> type) {
    if (type.isEmpty()) {
      return expr;
    }
    return Sql.keyword("CAST(").then(expr).then(" AS ").then(Sql.typeName(type.get())).then(")");
  }

  private static Sql function(Projection.Function fn) {
    return switch (fn) {
      case COUNT -> Sql.keyword("count(");
      case SUM -> Sql.keyword("sum(");
      case AVG -> Sql.keyword("avg(");
      case MIN -> Sql.keyword("min(");
      case MAX -> Sql.keyword("max(");
    };
  }
}
