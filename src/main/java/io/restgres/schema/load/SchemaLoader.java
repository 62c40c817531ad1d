package io.restgres.schema.load;

import io.restgres.schema.Column;
import io.restgres.schema.ForeignKey;
import io.restgres.schema.MediaHandlers;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Relationship;
import io.restgres.schema.Representation;
import io.restgres.schema.Routine;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import io.restgres.schema.load.KeyProjection.Col;
import io.restgres.schema.load.KeyProjection.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the schema cache from the catalog with the queries in {@code sql/schema/*.sql}, in one
 * read-only transaction so that the snapshot is consistent. A failure names the query that failed.
 */
public final class SchemaLoader {
  private static final Map<String, String> QUERIES = new HashMap<>();

  private SchemaLoader() {}

  public static SchemaCache load(Connection c, List<String> schemas) throws SQLException {
    return CatalogStep.readOnly(c, () -> {
      Map<QualifiedName, TableRows> tables = CatalogStep.query("tables", () -> tables(c, schemas));
      List<Constraint> constraints = CatalogStep.query("constraints", () -> constraints(c));
      RelIds relids = CatalogStep.query("relids", () -> relids(c));
      Map<QualifiedName, Map<String, Col>> origins = CatalogStep.query("views", () -> viewOrigins(c, relids));
      List<Routine> routines = CatalogStep.query("routines", () -> routines(c, schemas));
      List<Relationship.Computed> computed =
          CatalogStep.query("computed_relationships", () -> computedRelationships(c, schemas));
      MediaHandlers handlers = CatalogStep.query("media_handlers", () -> MediaHandlerRows.load(c, schemas));
      KeyProjection keys = new KeyProjection(origins, tables.keySet());
      Map<QualifiedName, List<String>> pks = keys.primaryKeys(constraints);
      Map<QualifiedName, Table> built = new LinkedHashMap<>();
      tables.forEach((name, rows) -> built.put(name, rows.build(pks.getOrDefault(name, List.of()))));
      List<ForeignKey> fks = keys.foreignKeys(constraints);
      return new SchemaCache(built, fks, Relationships.derive(built, fks, computed), routines,
          handlers);
    });
  }

  /** The columns of one relation as rows arrive, until its key is known. */
  private record TableRows(
      QualifiedName name, boolean isView, boolean insertable, boolean updatable, boolean deletable,
      Optional<String> description, Map<String, Column> columns) {
    Table build(List<String> pk) {
      return new Table(name, isView, insertable, updatable, deletable, pk, columns, description);
    }
  }

  private static Map<QualifiedName, TableRows> tables(Connection c, List<String> schemas)
      throws SQLException {
    Map<QualifiedName, TableRows> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(query("tables"))) {
      ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          QualifiedName name = new QualifiedName(rs.getString("table_schema"), rs.getString("table_name"));
          TableRows t = out.computeIfAbsent(name, n -> tableRows(n, rs));
          String column = rs.getString("column_name");
          if (column != null) {
            t.columns().put(column, column(rs, column));
          }
        }
      }
    }
    return out;
  }

  private static TableRows tableRows(QualifiedName name, ResultSet rs) {
    try {
      return new TableRows(
          name, rs.getBoolean("is_view"), rs.getBoolean("insertable"), rs.getBoolean("updatable"),
          rs.getBoolean("deletable"), Optional.ofNullable(rs.getString("table_description")),
          new LinkedHashMap<>());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Column column(ResultSet rs, String name) throws SQLException {
    return new Column(
        name,
        rs.getString("column_type"),
        rs.getString("base_type"),
        rs.getBoolean("nullable"),
        Optional.ofNullable(rs.getString("column_default")),
        strings(rs.getArray("enum_values")),
        Optional.ofNullable(rs.getString("column_description")),
        new Representation(function(rs, "to_json"), function(rs, "from_text"), function(rs, "from_json")));
  }

  private static Optional<QualifiedName> function(ResultSet rs, String column) throws SQLException {
    List<String> name = strings(rs.getArray(column));
    return name.isEmpty() ? Optional.empty() : Optional.of(new QualifiedName(name.get(0), name.get(1)));
  }

  private static List<Constraint> constraints(Connection c) throws SQLException {
    List<Constraint> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(query("constraints"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        boolean primary = rs.getString("kind").equals("p");
        out.add(new Constraint(
            primary,
            rs.getString("constraint_name"),
            new QualifiedName(rs.getString("table_schema"), rs.getString("table_name")),
            strings(rs.getArray("columns")),
            primary ? null : new QualifiedName(rs.getString("foreign_schema"), rs.getString("foreign_table")),
            primary ? List.of() : strings(rs.getArray("foreign_columns")),
            rs.getBoolean("one_to_one")));
      }
    }
    return out;
  }

  /** Relation names by OID and column names by {@code oid:attnum}, to resolve view definitions. */
  private record RelIds(Map<Long, QualifiedName> relations, Map<String, String> attnames) {}

  private static RelIds relids(Connection c) throws SQLException {
    Map<Long, QualifiedName> relations = new HashMap<>();
    Map<String, String> attnames = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(query("relids"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long oid = rs.getLong("oid");
        relations.put(oid, new QualifiedName(rs.getString("schema"), rs.getString("name")));
        attnames.put(oid + ":" + rs.getInt("attnum"), rs.getString("column_name"));
      }
    }
    return new RelIds(relations, attnames);
  }

  private static Map<QualifiedName, Map<String, Col>> viewOrigins(Connection c, RelIds ids) throws SQLException {
    Map<QualifiedName, Map<String, Col>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(query("views"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Map<String, Col> cols = new LinkedHashMap<>();
        for (ViewColumns.Origin o : ViewColumns.of(rs.getString("definition"))) {
          QualifiedName rel = ids.relations().get(o.relid());
          String col = ids.attnames().get(o.relid() + ":" + o.attnum());
          if (rel != null && col != null) {
            cols.put(o.name(), new Col(rel, col));
          }
        }
        out.put(new QualifiedName(rs.getString("view_schema"), rs.getString("view_name")), cols);
      }
    }
    return out;
  }

  private static List<Routine> routines(Connection c, List<String> schemas) throws SQLException {
    List<Routine> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(query("routines"))) {
      ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Routine(
              new QualifiedName(rs.getString("routine_schema"), rs.getString("routine_name")),
              rs.getString("arguments"),
              rs.getString("result"),
              rs.getString("volatility"),
              Optional.ofNullable(rs.getString("description")),
              RoutineRows.params(rs),
              RoutineRows.returns(rs),
              RoutineRows.settings(rs)));
        }
      }
    }
    return out;
  }

  private static List<Relationship.Computed> computedRelationships(Connection c, List<String> schemas)
      throws SQLException {
    List<Relationship.Computed> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(query("computed_relationships"))) {
      ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Relationship.Computed(
              new QualifiedName(rs.getString("function_schema"), rs.getString("function_name")),
              new QualifiedName(rs.getString("table_schema"), rs.getString("table_name")),
              new QualifiedName(rs.getString("foreign_schema"), rs.getString("foreign_table")),
              rs.getBoolean("single_row")));
        }
      }
    }
    return out;
  }

  private static List<String> strings(Array a) throws SQLException {
    return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
  }

  static synchronized String query(String name) {
    return QUERIES.computeIfAbsent(name, SchemaLoader::readResource);
  }

  private static String readResource(String name) {
    String path = "/sql/schema/" + name + ".sql";
    try (InputStream in = SchemaLoader.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
