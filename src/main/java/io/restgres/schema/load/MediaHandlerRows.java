package io.restgres.schema.load;

import io.restgres.schema.MediaHandler;
import io.restgres.schema.MediaHandlers;
import io.restgres.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the media type handlers ({@code sql/schema/media_handlers.sql}); of duplicates the first counts. */
final class MediaHandlerRows {
  private MediaHandlerRows() {}

  static MediaHandlers load(Connection c, List<String> schemas) throws SQLException {
    Map<MediaHandlers.Key, MediaHandler> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SchemaLoader.query("media_handlers"))) {
      ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
      ps.setArray(2, c.createArrayOf("text", schemas.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String targetSchema = rs.getString("target_schema");
          Optional<QualifiedName> target = targetSchema == null ? Optional.empty()
              : Optional.of(new QualifiedName(targetSchema, rs.getString("target_name")));
          MediaHandler h = new MediaHandler(MediaHandler.Kind.valueOf(rs.getString("kind")),
              new QualifiedName(rs.getString("handler_schema"), rs.getString("handler_name")), rs.getString("mime"));
          out.putIfAbsent(new MediaHandlers.Key(target, h.mime()), h);
        }
      }
    }
    return new MediaHandlers(out);
  }
}
