package io.restgres.request.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.request.Preferences;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Prefer header as PostgREST's Preferences.fromHeaders reads it (its doctests, and its rules). */
class PreferParserTest {
  private static Preferences parse(String... headers) {
    return PreferParser.parse(List.of(headers));
  }

  @Test
  void oneHeader_manyPreferences() {
    Preferences p = parse("resolution=ignore-duplicates, count=exact, timezone=America/Los_Angeles, max-affected=100");
    assertEquals(Optional.of("ignore-duplicates"), p.resolution());
    assertEquals(Optional.empty(), p.returning());
    assertEquals(Optional.of("exact"), p.count());
    assertEquals(Optional.of("America/Los_Angeles"), p.timezone());
    assertEquals(Optional.of(100L), p.maxAffected());
    assertEquals(List.of(), p.invalid());
  }

  @Test
  void manyHeaders_andTheUnrecognisedKept() {
    Preferences p = parse("resolution=ignore-duplicates", "count=exact", "missing=null", "handling=lenient",
        "invalid", "max-affected=5999");
    assertEquals(Optional.of("ignore-duplicates"), p.resolution());
    assertEquals(Optional.of("exact"), p.count());
    assertFalse(p.missingDefault());
    assertFalse(p.strict());
    assertEquals(Optional.of(5999L), p.maxAffected());
    assertEquals(List.of("invalid"), p.invalid());
  }

  @Test
  void theFirstOfAKindWins_withinAndAcrossHeaders() {
    assertEquals(Optional.of("commit"), parse("tx=commit, tx=rollback").tx());
    assertEquals(Optional.of("ignore-duplicates"),
        parse("resolution=ignore-duplicates", "resolution=merge-duplicates").resolution());
    assertFalse(parse("missing=null, missing=default").missingDefault());
    assertTrue(parse("handling=strict, handling=lenient").strict());
    assertEquals(Optional.of("UTC"), parse("timezone=UTC, timezone=CET").timezone());
    assertEquals(Optional.of(1L), parse("max-affected=1", "max-affected=2").maxAffected());
  }

  @Test
  void spacesAroundPreferences_areStripped() {
    Preferences p = parse("count=exact,    tx=commit   ,return=representation , missing=default, handling=strict, anything");
    assertEquals(Optional.of("representation"), p.returning());
    assertEquals(Optional.of("exact"), p.count());
    assertEquals(Optional.of("commit"), p.tx());
    assertTrue(p.missingDefault());
    assertTrue(p.strict());
    assertEquals(List.of("anything"), p.invalid());
  }

  @Test
  void aPreference_isWrittenExactly() {
    Preferences p = parse("return = minimal, count=Exact, return=minimal");
    assertEquals(Optional.of("minimal"), p.returning());
    assertEquals(Optional.empty(), p.count());
    assertEquals(List.of("return = minimal", "count=Exact"), p.invalid());
  }

  @Test
  void emptyPreferences_areInvalid_butAnEmptyHeaderHasNone() {
    assertEquals(List.of(""), parse("count=exact,").invalid());
    assertEquals(List.of(), parse("").invalid());
  }

  @Test
  void timezoneAndMaxAffected_takeAnyValue() {
    Preferences p = parse("timezone=, max-affected=many");
    assertEquals(Optional.of(""), p.timezone());
    assertEquals(Optional.empty(), p.maxAffected());
    assertEquals(List.of(), p.invalid());
    assertEquals(Optional.of(-3L), parse("max-affected= -3").maxAffected());
  }

  @Test
  void noHeader_noPreferences() {
    Preferences p = parse();
    assertEquals(Optional.empty(), p.returning());
    assertEquals(Optional.empty(), p.tx());
    assertFalse(p.missingDefault());
    assertFalse(p.strict());
    assertEquals(List.of(), p.invalid());
  }
}
