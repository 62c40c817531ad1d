package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;

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

  @Test
  void withoutLegacyNames_theRelationNameOfAnAliasedEmbedIsRefused() {
    ApiException e = assertThrows(ApiException.class, () -> Films.plan("GET",
        "films?select=id,dirs:directors(name)&directors.name=eq.x",
        Films.config("PGRST_URL_USE_LEGACY_TARGET_NAMES", "false")));
    assertEquals(400, e.status());
    assertEquals("{\"code\":\"PGRST108\",\"details\":\"Target names are not allowed in filters if they have an alias\","
        + "\"hint\":\"Change 'directors' to 'dirs' in filters, orders or limits.\","
        + "\"message\":\"'directors' is not an embedded resource in this request\"}", e.toJson());
    assertEquals(List.of(), Films.plan("GET", "films?select=id,dirs:directors(name)&dirs.name=eq.x",
        Films.config("PGRST_URL_USE_LEGACY_TARGET_NAMES", "false")).legacyTargets());
  }

  @Test
  void theEmbedNamedByItsOutputName_winsOverOneMatchedByRelation() {
    ActionPlan plan = Films.plan("GET",
        "films?select=id,dirs:directors(name),directors(name)&directors.name=eq.x", Films.config());
    assertEquals(List.of(), plan.legacyTargets());
    assertEquals(0, plan.read().embeds().get(0).plan().where().size());
    assertEquals(1, plan.read().embeds().get(1).plan().where().size());
  }
}
