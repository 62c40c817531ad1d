package io.restgres.response;

import io.restgres.plan.AppliedPreferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders {@code Preference-Applied} from the preferences that took effect. */
final class PreferenceApplied {
  private PreferenceApplied() {}

  // PostgREST's fixed order: "resolution, missing, return, count, tx, handling, timezone, max-affected".
  static Optional<String> header(AppliedPreferences p) {
    List<String> out = new ArrayList<>();
    p.resolution().ifPresent(r -> out.add("resolution=" + r));
    p.missing().ifPresent(m -> out.add("missing=" + m));
    p.returning().ifPresent(r -> out.add("return=" + r));
    p.count().ifPresent(c -> out.add("count=" + c));
    p.tx().ifPresent(t -> out.add("tx=" + t));
    p.handling().ifPresent(h -> out.add("handling=" + h));
    p.timezone().ifPresent(t -> out.add("timezone=" + t));
    p.maxAffected().ifPresent(n -> out.add("max-affected=" + n));
    return out.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", out));
  }
}
