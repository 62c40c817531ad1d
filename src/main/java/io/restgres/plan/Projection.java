package io.restgres.plan;

import java.util.Objects;
import java.util.Optional;

/** One output column of a read. */
public sealed interface Projection {
  /** The key of this column in the output rows ({@code *} for all columns). */
  String key();

  /** {@code relation.*}. */
  record AllColumns() implements Projection {
    @Override
    public String key() {
      return "*";
    }
  }

  /**
   * A field, optionally cast, under an output name (given when the field has a JSON path, a cast
   * that would rename it, or an alias).
   */
  record Field(ResolvedField field, Optional<String> cast, Optional<String> outputName)
      implements Projection {
    public Field {
      Objects.requireNonNull(field, "field");
    }

    @Override
    public String key() {
      return outputName.orElse(field.column());
    }
  }

  /**
   * An aggregate: {@code count()} (no field: all rows) or {@code field[::cast].fn()[::aggregateCast]}.
   * The output name is the alias, else the function's name, which is what PostgreSQL calls it.
   */
  record Aggregate(
      Function function,
      Optional<ResolvedField> field,
      Optional<String> fieldCast,
      Optional<String> aggregateCast,
      String outputName)
      implements Projection {
    public Aggregate {
      Objects.requireNonNull(function, "function");
      Objects.requireNonNull(outputName, "outputName");
    }

    @Override
    public String key() {
      return outputName;
    }
  }

  /**
   * An aggregate inside a to-one spread, which an ancestor computes over the spread's rows
   * (PostgREST hoists it): this node selects only its argument under the aggregate's output name;
   * for {@code count()}, its row itself, which is NULL where the spread matched nothing.
   */
  record Lifted(Aggregate aggregate) implements Projection {
    public Lifted {
      Objects.requireNonNull(aggregate, "aggregate");
    }

    @Override
    public String key() {
      return aggregate.outputName();
    }
  }

  /** The aggregate functions of the URL grammar. */
  enum Function {
    COUNT,
    SUM,
    AVG,
    MIN,
    MAX
  }
}
