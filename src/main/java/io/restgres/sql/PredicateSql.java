package io.restgres.sql;

import io.restgres.plan.Predicate;
import io.restgres.plan.ResolvedField;
import io.restgres.request.Condition;
import io.restgres.request.Operator;
import io.restgres.schema.QualifiedName;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Renders WHERE conditions (PostgREST {@code SqlFragment.hs:pgFmtFilter}). */
final class PredicateSql {
  /** Each operator as a binary comparison writes it, {@code " LIKE "}: built once, not per filter. */
  private static final Map<Operator, Sql> BINARY = new EnumMap<>(Operator.class);

  static {
    for (Operator op : Operator.values()) {
      BINARY.put(op, Sql.keyword(" " + op.sql().toUpperCase(Locale.ROOT) + " "));
    }
  }

  private PredicateSql() {}

  static Sql where(Sql qualifier, List<Predicate> predicates) {
    if (predicates.isEmpty()) {
      return Sql.EMPTY;
    }
    return Sql.keyword(" WHERE ").then(conjunction(qualifier, predicates, PredicateSql::nullEmbed));
  }

  static Sql conjunction(Sql qualifier, List<Predicate> predicates) {
    return conjunction(qualifier, predicates, PredicateSql::nullEmbed);
  }

  /** The predicates joined by AND; null-embed filters rendered by {@code nullEmbeds}. */
  static Sql conjunction(Sql qualifier, List<Predicate> predicates, Function<Predicate.NullEmbed, Sql> nullEmbeds) {
    List<Sql> parts = new ArrayList<>();
    predicates.forEach(p -> parts.add(predicate(qualifier, p, nullEmbeds)));
    return Sql.join(" AND ", parts);
  }

  /**
   * In the main query a null-embed filter tests the lateral subquery: to-many, its aggregated
   * column of the same name (NULL when no row matched); to-one, its whole row (NULL when the LEFT
   * JOIN found none; IS DISTINCT FROM, unlike IS NULL, is not fooled by a row of NULL columns).
   */
  static Sql nullEmbed(Predicate.NullEmbed n) {
    return Sql.ident(n.lateralAlias()).then(n.isNull() ? " IS NOT DISTINCT FROM NULL" : " IS DISTINCT FROM NULL");
  }

  static Sql predicate(Sql qualifier, Predicate p) {
    return predicate(qualifier, p, PredicateSql::nullEmbed);
  }

  private static Sql predicate(Sql qualifier, Predicate p, Function<Predicate.NullEmbed, Sql> nullEmbeds) {
    if (p instanceof Predicate.NullEmbed n) {
      return nullEmbeds.apply(n);
    }
    if (p instanceof Predicate.Compare c) {
      Sql field = FieldSql.field(qualifier, c.field());
      Sql expr = compare(field, c.field(), c.condition());
      return c.condition().negated() ? Sql.keyword("NOT ").then(expr.parens()) : expr;
    }
    if (p instanceof Predicate.Bool b) {
      List<Sql> parts = new ArrayList<>();
      b.children().forEach(child -> parts.add(predicate(qualifier, child, nullEmbeds)));
      Sql joined = Sql.join(b.isOr() ? " OR " : " AND ", parts).parens();
      return b.negated() ? Sql.keyword("NOT ").then(joined) : joined;
    }
    throw new IllegalStateException("unknown predicate " + p);
  }

  private static Sql compare(Sql field, ResolvedField resolved, Condition c) {
    Operator op = c.operator();
    Optional<QualifiedName> parse = resolved.fromText();
    return switch (op) {
      case IN -> field.then(" = ANY (").then(parse.isPresent()
          ? Sql.keyword("(SELECT ").then(Sql.name(parse.get())).then("(unnest(")
              .then(Sql.value(ArrayLiteral.of(c.list()))).then("::text[])))")
          : Sql.value(ArrayLiteral.of(c.list()))).then(")");
      case IS -> field.then(isKeyword(c.value()));
      case ISDISTINCT -> field.then(" IS DISTINCT FROM ").then(Sql.value(c.value()));
      case FTS, PLFTS, PHFTS, WFTS -> fts(field, resolved.needsToTsvector(), c);
      default -> binary(field, op.isLike() ? Optional.empty() : parse, c);
    };
  }

  // A domain with a cast from text reads the value through it, except for like patterns (PostgREST).
  private static Sql binary(Sql field, Optional<QualifiedName> parse, Condition c) {
    Operator op = c.operator();
    String text = op.isLike() ? c.value().replace('*', '%') : c.value();
    Sql value = parse.map(fn -> Sql.name(fn).then("(").then(Sql.value(text)).then("::text)"))
        .orElse(Sql.value(text));
    Sql lhs = field.then(BINARY.get(op));
    if (c.quantifier().isPresent()) {
      String q = c.quantifier().get() == Condition.Quantifier.ANY ? "ANY (" : "ALL (";
      return lhs.then(q).then(value).then(")");
    }
    return lhs.then(value);
  }

  // "is" takes no bind parameter (IS $1 is not valid SQL), hence the allow-list of the parser.
  private static String isKeyword(String value) {
    return switch (value) {
      case "null" -> " IS NULL";
      case "not_null" -> " IS NOT NULL";
      case "true" -> " IS TRUE";
      case "false" -> " IS FALSE";
      case "unknown" -> " IS UNKNOWN";
      default -> throw new IllegalStateException("is." + value);
    };
  }

  // A column of another type is wrapped in to_tsvector, as PostgREST v13 does; the configuration
  // (bound) applies to both sides, or to the query alone on a tsvector.
  private static Sql fts(Sql field, boolean toTsvector, Condition c) {
    String fn =
        switch (c.operator()) {
          case FTS -> "to_tsquery(";
          case PLFTS -> "plainto_tsquery(";
          case PHFTS -> "phraseto_tsquery(";
          default -> "websearch_to_tsquery(";
        };
    Sql lang = c.language().map(l -> Sql.value(l).then(", ")).orElse(Sql.EMPTY);
    Sql lhs = toTsvector ? Sql.keyword("to_tsvector(").then(lang).then(field).then(")") : field;
    return lhs.then(" @@ ").then(fn).then(lang).then(Sql.value(c.value())).then(")");
  }
}
