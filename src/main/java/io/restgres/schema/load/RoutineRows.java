package io.restgres.schema.load;

import io.restgres.schema.Column;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Routine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the parameters and result of one row of {@code routines.sql}. */
final class RoutineRows {
  private RoutineRows() {}

  static List<Routine.Param> params(ResultSet rs) throws SQLException {
    String[] names = strings(rs, "arg_names");
    String[] types = strings(rs, "arg_types");
    String[] casts = strings(rs, "arg_cast_types");
    String[] modes = strings(rs, "arg_modes");
    int required = names.length - rs.getInt("arg_defaults");
    List<Routine.Param> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      out.add(new Routine.Param(names[i], types[i], casts[i], i < required, "v".equals(modes[i])));
    }
    return out;
  }

  static Routine.Returns returns(ResultSet rs) throws SQLException {
    Routine.Returns.Kind kind = rs.getBoolean("returns_void") ? Routine.Returns.Kind.VOID
        : rs.getBoolean("returns_composite") ? Routine.Returns.Kind.COMPOSITE : Routine.Returns.Kind.SCALAR;
    String schema = rs.getString("result_schema");
    Optional<QualifiedName> relation =
        schema == null ? Optional.empty() : Optional.of(new QualifiedName(schema, rs.getString("result_relation")));
    String[] names = strings(rs, "result_columns");
    String[] types = strings(rs, "result_types");
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      columns.add(new Column(names[i], types[i], types[i], true, Optional.empty(), List.of(), Optional.empty()));
    }
    return new Routine.Returns(kind, rs.getBoolean("returns_set"), relation, columns);
  }

  // proconfig holds "name=value"; a name has no '='
  static Map<String, String> settings(ResultSet rs) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : strings(rs, "settings")) {
      int eq = s.indexOf('=');
      out.put(s.substring(0, eq), s.substring(eq + 1));
    }
    return out;
  }

  private static String[] strings(ResultSet rs, String column) throws SQLException {
    java.sql.Array a = rs.getArray(column);
    return a == null ? new String[0] : (String[]) a.getArray();
  }
}
