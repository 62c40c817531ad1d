package io.restgres.plan;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.json.JsonText;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Relationship;
import io.restgres.schema.Relationship.ColumnPair;
import io.restgres.schema.Relationship.ForeignKeyRel;
import io.restgres.schema.Relationship.ManyToMany;
import io.restgres.schema.SchemaCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** PGRST200 and PGRST201 with PostgREST's texts ({@code Error.hs}: NoRelBetween, AmbiguousRelBetween). */
final class RelationshipErrors {
  private RelationshipErrors() {}

  static ApiException notFound(SchemaCache cache, String schema, String parent, String child, Optional<String> hint) {
    return ErrorCode.NO_RELATIONSHIP.exception(
        "Could not find a relationship between '" + parent + "' and '" + child + "' in the schema cache",
        "Searched for a foreign key relationship between '" + parent + "' and '" + child
            + hint.map(h -> "' using the hint '" + h).orElse("") + "' in the schema '" + schema
            + "', but no matches were found.",
        suggestion(cache, schema, parent, child).orElse(null));
  }

  // A misspelt parent is suggested when it has no relationships at all, else a misspelt child; a
  // child the parent does relate to (ignoring case) gets none: the hint is what failed to match.
  private static Optional<String> suggestion(SchemaCache cache, String schema, String parent, String child) {
    List<Relationship> fromParent = cache.relationshipsFrom(new QualifiedName(schema, parent), schema);
    if (fromParent.isEmpty()) {
      List<String> parents = cache.relationships().keySet().stream()
          .filter(t -> !cache.relationshipsFrom(t, schema).isEmpty())
          .map(QualifiedName::name).sorted().toList();
      return Suggestions.closest(parent, parents).map(p -> "Perhaps you meant '" + p + "' instead of '" + parent + "'.");
    }
    List<String> children = fromParent.stream().map(r -> r.foreignTable().name()).distinct().toList();
    if (children.stream().anyMatch(n -> n.equalsIgnoreCase(child))) {
      return Optional.empty();
    }
    return Suggestions.closest(child, children).map(c -> "Perhaps you meant '" + c + "' instead of '" + child + "'.");
  }

  static ApiException ambiguous(String parent, String child, List<Relationship> candidates) {
    List<String> details = new ArrayList<>();
    List<String> hints = new ArrayList<>();
    for (Relationship r : candidates) {
      details.add(detail(r));
      hints.add("'" + r.foreignTable().name() + "!" + hintName(r) + "'");
    }
    return ErrorCode.AMBIGUOUS_EMBED.exceptionWithJsonDetails(
        "Could not embed because more than one relationship was found for '" + parent + "' and '" + child + "'",
        "[" + String.join(",", details) + "]",
        "Try changing '" + child + "' to one of the following: " + String.join(", ", hints)
            + ". Find the desired relationship in the 'details' key.");
  }

  // {"cardinality":…,"embedding":"t with ft","relationship":"cons using t(cols) and ft(cols)"}, keys sorted
  private static String detail(Relationship r) {
    String cardinality;
    String relationship;
    if (r instanceof ManyToMany m) {
      cardinality = "many-to-many";
      relationship = m.junction().name() + " using " + m.constraint1() + columns(m.sourceColumns(), ColumnPair::column)
          + " and " + m.constraint2() + columns(m.targetColumns(), ColumnPair::column);
    } else {
      ForeignKeyRel f = (ForeignKeyRel) r;
      cardinality = switch (f.cardinality()) {
        case ONE_TO_MANY -> "one-to-many";
        case MANY_TO_ONE -> "many-to-one";
        case ONE_TO_ONE -> "one-to-one";
      };
      relationship = f.constraint() + " using " + f.table().name() + columns(f.columns(), ColumnPair::column)
          + " and " + f.foreignTable().name() + columns(f.columns(), ColumnPair::foreignColumn);
    }
    return "{\"cardinality\":" + JsonText.quote(cardinality)
        + ",\"embedding\":" + JsonText.quote(r.table().name() + " with " + r.foreignTable().name())
        + ",\"relationship\":" + JsonText.quote(relationship) + "}";
  }

  private static String hintName(Relationship r) {
    if (r instanceof ManyToMany m) {
      return m.junction().name();
    }
    return r instanceof ForeignKeyRel f ? f.constraint() : "";
  }

  private static String columns(List<ColumnPair> pairs, Function<ColumnPair, String> side) {
    return "(" + String.join(", ", pairs.stream().map(side).toList()) + ")";
  }
}
