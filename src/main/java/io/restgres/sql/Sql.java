package io.restgres.sql;

import io.restgres.schema.QualifiedName;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Immutable SQL text plus the values bound to its {@code ?} placeholders, in order. Text and values
 * come out of one pass so they never drift (jOOQ's render context). Concatenation only links the
 * two parts; the text and values are laid out once, when first asked for, so building a statement
 * fragment by fragment costs linear, not quadratic, time. Request data can reach SQL only
 * through {@link #ident}, {@link #name}, {@link #value} and {@link #typed}; everything else is a
 * keyword constant.
 */
public final class Sql {
  // What keywords and operators may contain: no quote (string literals are the constants below), no
  // placeholder (?), no statement separator (;), no % and no comment starter. A table, not a regular
  // expression, because this runs for every fragment of every statement.
  private static final boolean[] KEYWORD_CHARS = new boolean[128];

  static {
    for (char c : "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ (),.*:=<>!~@&|+-[]"
        .toCharArray()) {
      KEYWORD_CHARS[c] = true;
    }
  }

  // Keywords are the builders' own constants, a small set used by every statement: each is checked
  // once and its leaf shared (leaves are immutable). The bound keeps the map small should a computed
  // keyword, such as a GROUP BY position, vary without limit.
  private static final int MAX_KEYWORDS = 4096;
  private static final Map<String, Sql> KEYWORDS = new ConcurrentHashMap<>();

  public static final Sql EMPTY = new Sql("", List.of());
  private static final Sql OPEN = new Sql("(", List.of());
  private static final Sql CLOSE = new Sql(")", List.of());
  private static final Sql STATEMENT_END = new Sql(";\n", List.of());

  // The string literals the builders write. The keyword alphabet has no quote, so these are the
  // only quoted text a statement can contain besides identifiers.
  static final Sql EMPTY_TEXT = literal("");
  static final Sql EMPTY_JSON_ARRAY = literal("[]");
  static final Sql JSON_NULL = literal("null");
  static final Sql JSON_ARRAY_TYPE = literal("array");
  static final Sql CSV_SEPARATOR = literal(",");
  static final Sql INSERTED_SETTING = literal("pgrst.inserted");
  static final Sql RESPONSE_HEADERS_SETTING = literal("response.headers");
  static final Sql RESPONSE_STATUS_SETTING = literal("response.status");
  static final Sql GEOJSON_TYPE = literal("type");
  static final Sql GEOJSON_COLLECTION = literal("FeatureCollection");
  static final Sql GEOJSON_FEATURES = literal("features");

  // A leaf has its text and values from the start; a concatenation has two parts and lays out its
  // text and values on first use (racy but idempotent: both are immutable once computed).
  private final Sql first;
  private final Sql second;
  private final int length;
  private final int paramCount;
  private String text;
  private List<SqlParam> params;

  private Sql(String text, List<SqlParam> params) {
    this.first = null;
    this.second = null;
    this.text = text;
    this.params = params; // always List.of(...): immutable already
    this.length = text.length();
    this.paramCount = this.params.size();
  }

  private Sql(Sql first, Sql second) {
    this.first = first;
    this.second = second;
    this.length = first.length + second.length;
    this.paramCount = first.paramCount + second.paramCount;
  }

  /**
   * A fixed piece of SQL written in this code base, never derived from a request: keywords,
   * operators, and names of our own. The check catches misuse: a quote, a {@code ?}, a {@code ;},
   * or a comment ({@code --}, {@code /*}) smuggled in.
   */
  static Sql keyword(String k) {
    Sql known = KEYWORDS.get(k);
    if (known != null) {
      return known;
    }
    Sql checked = new Sql(checkedKeyword(k), List.of());
    if (KEYWORDS.size() < MAX_KEYWORDS) {
      KEYWORDS.putIfAbsent(k, checked);
    }
    return checked;
  }

  private static String checkedKeyword(String k) {
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c >= KEYWORD_CHARS.length || !KEYWORD_CHARS[c]) {
        throw new IllegalArgumentException("not a keyword: " + k);
      }
    }
    // '/' is outside the alphabet already; the explicit checks keep both comment forms out if the
    // alphabet ever grows.
    if (k.contains("--") || k.contains("/*")) {
      throw new IllegalArgumentException("not a keyword: " + k);
    }
    return k;
  }

  // A string literal of our own, with standard_conforming_strings: no backslash escapes.
  private static Sql literal(String text) {
    if (text.indexOf('\'') >= 0 || text.indexOf('\\') >= 0 || text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("not a plain literal: " + text);
    }
    return new Sql("'" + text + "'", List.of());
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

  /** A cast type from the URL, spliced unquoted as PostgREST does: PGRST100 unless {@link TypeNames} accepts it. */
  static Sql typeName(String type) {
    return new Sql(TypeNames.checked(type), List.of());
  }

  /**
   * CATALOG ONLY: an expression read from the catalog (a column default from {@code pg_get_expr}),
   * spliced as PostgreSQL printed it. It may hold quotes and any other text, so it must never be
   * given text that came with a request; the schema cache is its one source.
   */
  static Sql catalogExpression(String expression) {
    return new Sql("(" + expression + ")", List.of());
  }

  /**
   * CATALOG ONLY: a type name read from the catalog (the {@code regtype} of a function parameter),
   * spliced as PostgreSQL printed it, for casts. Never for text that came with a request.
   */
  static Sql catalogType(String type) {
    if (type.indexOf('\0') >= 0 || type.indexOf(';') >= 0) {
      throw new IllegalArgumentException("not a catalog type name: " + type);
    }
    return new Sql(type, List.of());
  }

  /** Concatenation. */
  public Sql then(Sql next) {
    if (next.length == 0) {
      return this;
    }
    return length == 0 && paramCount == 0 ? next : new Sql(this, next);
  }

  /** Concatenation with a keyword. */
  Sql then(String keyword) {
    return then(keyword(keyword));
  }

  /** The parts joined by a keyword separator. */
  static Sql join(String sep, List<Sql> parts) {
    Sql separator = keyword(sep);
    Sql out = EMPTY;
    for (int i = 0; i < parts.size(); i++) {
      out = i == 0 ? parts.get(i) : out.then(separator).then(parts.get(i));
    }
    return out;
  }

  /**
   * Statements sent as one script, in order: the one place a statement separator is written (the
   * keyword alphabet has none), so a request can never end a statement of its own.
   */
  public static Sql script(List<Sql> statements) {
    Sql out = EMPTY;
    for (int i = 0; i < statements.size(); i++) {
      out = i == 0 ? statements.get(i) : out.then(STATEMENT_END).then(statements.get(i));
    }
    return out;
  }

  /** {@code (this)}. */
  public Sql parens() {
    return OPEN.then(this).then(CLOSE);
  }

  public boolean isEmpty() {
    return length == 0;
  }

  public String text() {
    if (text == null) {
      layOut();
    }
    return text;
  }

  public List<SqlParam> params() {
    if (params == null) {
      layOut();
    }
    return params;
  }

  // Depth-first over the parts with a stack of our own: a long chain of then() is a deep tree. Going
  // down the first parts, only the second ones wait on the stack.
  private void layOut() {
    StringBuilder b = new StringBuilder(length);
    List<SqlParam> values = new ArrayList<>(paramCount);
    ArrayDeque<Sql> pending = new ArrayDeque<>();
    Sql s = this;
    while (true) {
      while (s.first != null) {
        pending.push(s.second);
        s = s.first;
      }
      b.append(s.text);
      for (int i = 0; i < s.paramCount; i++) {
        values.add(s.params.get(i)); // not addAll: that copies each leaf's list to an array first
      }
      if (pending.isEmpty()) {
        break;
      }
      s = pending.pop();
    }
    params = List.copyOf(values);
    text = b.toString();
  }

  static String quoteIdent(String name) {
    if (name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("identifier contains NUL");
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sql s && s.text().equals(text()) && s.params().equals(params());
  }

  @Override
  public int hashCode() {
    return Objects.hash(text(), params());
  }

  @Override
  public String toString() {
    return text() + " " + params();
  }
}
