package io.restgres.plan;

import io.restgres.schema.QualifiedName;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import java.util.Optional;

/**
 * The relations a read plan's nodes name: the schema cache's, and the root read, which for a
 * function call is made of its result and is not in the cache.
 */
record Relations(SchemaCache cache, Table root) {
  Optional<Table> table(QualifiedName name) {
    return name.equals(root.name()) ? Optional.of(root) : cache.table(name);
  }
}
