package io.restgres.bench;

import io.restgres.config.AppConfig;
import io.restgres.plan.ActionPlan;
import io.restgres.plan.Films;
import io.restgres.plan.Planner;
import io.restgres.request.ApiRequest;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.schema.SchemaCache;
import io.restgres.sql.MainQuery;
import io.restgres.sql.TxStatements;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The CPU a request costs before it reaches the database: parse the URL and headers, plan it
 * against a warm schema cache (the film schema of the planner tests), and build its statements.
 * Run with {@code mvn -q -Pjmh -DskipTests test-compile exec:exec@jmh} (README, Performance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {
  /** Embeds three levels deep, a nested logic tree, a JSON path filter and select, order and limit. */
  static final String COMPLEX = "select=title,year,director:directors(name),"
      + "actors(name,kind:data->meta->>kind,roles(character))"
      + "&or=(year.gt.2000,and(rating.gte.8,title.like.*a*))"
      + "&actors.data->meta->>kind=eq.x&order=year.desc,title&limit=10";
  /** The rig's by_id shape, for scale. */
  static final String BY_ID = "id=eq.4242";

  @Param({"complex", "by_id"})
  public String url;

  private final SchemaCache cache = Films.CACHE;
  private final AppConfig config = Films.config();
  private RawRequest raw;

  @Setup
  public void setUp() {
    raw = new RawRequest("GET", "films", url.equals("complex") ? COMPLEX : BY_ID,
        Map.of("accept", List.of("application/json"), "user-agent", List.of("wrk")), null);
    run(); // fails the run at once if the URL no longer plans
  }

  @Benchmark
  public void parsePlanSql(Blackhole bh) {
    bh.consume(run());
  }

  private Object[] run() {
    ApiRequest req = ApiRequestParser.parse(raw, config.dbSchemas());
    ActionPlan plan = new Planner(cache, config).plan(req);
    MainQuery main = MainQuery.read(plan);
    TxStatements tx = TxStatements.of(plan.tx(), req.info(), "web_anon", "{}", List.of(), Optional.empty());
    return new Object[] {main.sql().text(), main.sql().params(), tx.settings().text()};
  }
}
