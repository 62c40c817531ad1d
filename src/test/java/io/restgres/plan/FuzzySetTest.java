package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hint search, on the examples PostgREST documents for its noRpcHint and fuzzyset's own. */
class FuzzySetTest {
  private static final FuzzySet FUNCTIONS = new FuzzySet(List.of("test", "another"));
  private static final FuzzySet PARAMS = new FuzzySet(List.of("(name, param, val)", "(attr, id)"));

  @Test
  void functionNames_needAScoreOf075() {
    assertEquals(Optional.of("test"), FUNCTIONS.closest("testt", 0.75));
    assertEquals(Optional.empty(), FUNCTIONS.closest("other", 0.75));
    assertEquals(Optional.empty(), FUNCTIONS.closest("noclosealternative", 0.75));
  }

  @Test
  void parameterLists_needTheDefaultScore() {
    assertEquals(Optional.of("(name, param, val)"), PARAMS.closest("(nam, pqaram, vall)", FuzzySet.DEFAULT_MIN));
    assertEquals(Optional.of("(name, param, val)"), PARAMS.closest("(param, val)", FuzzySet.DEFAULT_MIN));
    assertEquals(Optional.of("(attr, id)"), PARAMS.closest("(attrs, id)", FuzzySet.DEFAULT_MIN));
    assertEquals(Optional.of("(attr, id)"), PARAMS.closest("(id)", FuzzySet.DEFAULT_MIN));
    assertEquals(Optional.empty(), PARAMS.closest("(noclosealternative)", FuzzySet.DEFAULT_MIN));
  }

  @Test
  void exactMatch_ignoresCase() {
    assertEquals(Optional.of("Test"), new FuzzySet(List.of("Test")).closest("TEST", 0.99));
  }

  @Test
  void grams_keepLettersDigitsSpacesAndCommas() {
    assertEquals(java.util.Map.of("-x", 1, "xx", 3, "x-", 1), FuzzySet.grams("x_x(xx)", 2));
  }

  @Test
  void closestFunctionName_amongSimilarOnes() {
    FuzzySet names = new FuzzySet(List.of("polymorphic_function_with_unnamed_json",
        "polymorphic_function_with_unnamed_jsonb", "polymorphic_function_with_unnamed_text",
        "polymorphic_function_with_unnamed_default", "polymorphic_function_with_unnamed_default_overload",
        "polymorphic_function_with_no_params_or_unnamed", "polymorphic_function_with_different_return"));
    assertEquals(Optional.of("polymorphic_function_with_unnamed_text"),
        names.closest("polymorphic_function_with_unnamed_integer", 0.75));
  }
}
