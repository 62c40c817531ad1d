package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.schema.QualifiedName;
import io.restgres.schema.Routine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a function's SET clauses add to the transaction of its call. */
class FunctionSettingsTest {
  private static final List<String> DEFAULT_HOISTED =
      List.of("statement_timeout", "plan_filter.statement_cost_limit", "default_transaction_isolation");

  @SafeVarargs
  private static Routine withSettings(Map.Entry<String, String>... settings) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : settings) {
      m.put(e.getKey(), e.getValue());
    }
    return new Routine(new QualifiedName("api", "f"), "", "integer", "s", Optional.empty(), List.of(),
        new Routine.Returns(Routine.Returns.Kind.SCALAR, false, Optional.empty(), List.of()), m);
  }

  @Test
  void onlyTheListedSettingsAreHoisted_inTheFunctionsOrder() {
    Routine r = withSettings(Map.entry("work_mem", "3000kB"), Map.entry("statement_timeout", "7s"),
        Map.entry("default_transaction_isolation", "serializable"));
    assertEquals(List.of(Map.entry("statement_timeout", "7s"), Map.entry("default_transaction_isolation", "serializable")),
        CallPlanner.hoisted(r, DEFAULT_HOISTED));
    assertEquals(List.of(Map.entry("work_mem", "3000kB")), CallPlanner.hoisted(r, List.of("work_mem")));
    assertEquals(List.of(), CallPlanner.hoisted(r, List.of()));
  }

  @Test
  void isolation_fromTheFunctionsSetting_whetherHoistedOrNot() {
    assertEquals(Optional.of(Isolation.SERIALIZABLE),
        CallPlanner.isolation(withSettings(Map.entry("default_transaction_isolation", "serializable"))));
    assertEquals(Optional.of(Isolation.REPEATABLE_READ),
        CallPlanner.isolation(withSettings(Map.entry("default_transaction_isolation", "REPEATABLE READ"))));
    assertEquals(Optional.of(Isolation.READ_COMMITTED),
        CallPlanner.isolation(withSettings(Map.entry("default_transaction_isolation", "read uncommitted"))));
    assertEquals(Optional.empty(), CallPlanner.isolation(withSettings(Map.entry("work_mem", "1MB"))));
  }
}
