package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameters that name an aliased embed by its relation still work, and are reported for a warning. */
class LegacyTargetTest {
  @Test
  void relationNameOfAnAliasedEmbed_isReportedOnce() {
    ActionPlan plan = Films.plan("GET",
        "films?select=id,dirs:directors(name)&directors.name=eq.x&directors.order=name&dirs.limit=1",
        Films.config());
    assertEquals(List.of(new LegacyTarget("directors", "dirs")), plan.legacyTargets());
  }

  @Test
  void aliasOrUnaliasedRelation_isNot() {
    assertEquals(List.of(), Films.plan("GET", "films?select=id,dirs:directors(name)&dirs.name=eq.x",
        Films.config()).legacyTargets());
    assertEquals(List.of(), Films.plan("GET", "films?select=id,directors(name)&directors.name=eq.x",
        Films.config()).legacyTargets());
  }
}
