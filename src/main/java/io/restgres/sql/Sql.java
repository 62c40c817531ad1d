package io.restgres.sql;

import io.restgres.plan.TypeNames;
import io.restgres.schema.QualifiedName;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable SQL text plus the values bound to its {@code ?} placeholders, in order. Text and values
 * come out of one pass so they never drift (jOOQ's render context). Request data can reach SQL only
 * through {@link #ident}, {@link #name}, {@link #value} and {@link #typed}; everything else is a
 * keyword constant.
 */
public final class Sql {
  // What keywords may contain: no placeholder (?) and no statement separator (;). A table, not a
  // regular expression, because this runs for every fragment of every statement.
  private static final boolean[] KEYWORD_CHARS = new boolean[128];

  static {
    for (char c : "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ (),.*:=<>!~@&|-'[]\"%+/"
        .toCharArray()) {
      KEYWORD_CHARS[c] = true;
    }
  }
  public static final Sql EMPTY = new Sql("", List.of());

  private final String text;
  private final List<SqlParam> params;

  private Sql(String text, List<SqlParam> params) {
    this.text = text;
    this.params = List.copyOf(params);
  }

  /**
   * A fixed piece of SQL written in this code base, never derived from a request. The pattern
   * check catches accidental misuse (a {@code ?} or {@code ;} smuggled in).
   */
  static Sql keyword(String k) {
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c >= KEYWORD_CHARS.length || !KEYWORD_CHARS[c]) {
        throw new IllegalArgumentException("not a keyword: " + k);
      }
    }
    return new Sql(k, List.of());
  }

  /** A quoted identifier: the one place where identifiers are quoted. Rejects NUL (pgjdbc). */
  public static Sql ident(String name) {
    return new Sql(quoteIdent(name), List.of());
  }

  /** {@code "schema"."name"}. */
  public static Sql name(QualifiedName q) {
    return new Sql(quoteIdent(q.schema()) + "." + quoteIdent(q.name()), List.of());
  }

  /** An untyped bind parameter: PostgreSQL infers its type, like PostgREST's unknown literals. */
  public static Sql value(String text) {
    return new Sql("?", List.of(new SqlParam(text, Types.OTHER)));
  }

  /** A bind parameter with a known JDBC type. */
  public static Sql typed(Object v, int jdbcType) {
    return new Sql("?", List.of(new SqlParam(v, jdbcType)));
  }

  /** A cast type from the URL, spliced unquoted as PostgREST does; see {@link TypeNames}. */
  public static Sql typeName(String type) {
    if (!TypeNames.isValid(type)) {
      throw new IllegalArgumentException("not a type name: " + type);
    }
    return new Sql(type, List.of());
  }

  /**
   * An expression read from the catalog (a column default from {@code pg_get_expr}), spliced as
   * PostgreSQL printed it. Never for text that came with a request.
   */
  public static Sql catalogExpression(String expression) {
    return new Sql("(" + expression + ")", List.of());
  }

  /**
   * A type name read from the catalog (the {@code regtype} of a function parameter), spliced as
   * PostgreSQL printed it, for casts. Never for text that came with a request.
   */
  public static Sql catalogType(String type) {
    if (type.indexOf('\0') >= 0 || type.indexOf(';') >= 0) {
      throw new IllegalArgumentException("not a catalog type name: " + type);
    }
    return new Sql(type, List.of());
  }

  /** Concatenation. */
  public Sql then(Sql next) {
    if (next.text.isEmpty()) {
      return this;
    }
    List<SqlParam> all = new ArrayList<>(params.size() + next.params.size());
    all.addAll(params);
    all.addAll(next.params);
    return new Sql(text + next.text, all);
  }

  /** Concatenation with a keyword. */
  public Sql then(String keyword) {
    return then(keyword(keyword));
  }

  /** The parts joined by a keyword separator. */
  public static Sql join(String sep, List<Sql> parts) {
    StringBuilder b = new StringBuilder();
    List<SqlParam> all = new ArrayList<>();
    keyword(sep);
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(parts.get(i).text);
      all.addAll(parts.get(i).params);
    }
    return new Sql(b.toString(), all);
  }

  /** {@code (this)}. */
  public Sql parens() {
    return new Sql("(" + text + ")", params);
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  public String text() {
    return text;
  }

  public List<SqlParam> params() {
    return params;
  }

  static String quoteIdent(String name) {
    if (name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("identifier contains NUL");
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sql s && s.text.equals(text) && s.params.equals(params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, params);
  }

  @Override
  public String toString() {
    return text + " " + params;
  }
}
