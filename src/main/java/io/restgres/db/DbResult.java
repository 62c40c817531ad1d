package io.restgres.db;

import java.util.List;

/**
 * The fixed-shape row every main statement returns.
 *
 * @param total the total count, when asked for
 * @param pageTotal rows in this response (or rows affected by a write)
 * @param body the body exactly as PostgreSQL rendered it (its elements joined as its aggregates join them)
 * @param headersJson {@code response.headers} set during the statement
 * @param status {@code response.status} set during the statement
 * @param location the primary-key values of the first inserted row, for {@code Location}
 * @param plannedTotal the planner's row estimate of the count query, when it was asked for
 * @param inserted how many rows an upsert inserted (the rest were updated), when counted
 */
public record DbResult(
    Long total, long pageTotal, ResultBody body, String headersJson, String status, List<String> location,
    Long plannedTotal,
    Long inserted) {
  /** This result with the planner's estimate added. */
  public DbResult withPlannedTotal(Long planned) {
    return new DbResult(total, pageTotal, body, headersJson, status, location, planned, inserted);
  }
}
