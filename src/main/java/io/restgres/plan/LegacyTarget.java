package io.restgres.plan;

/**
 * An embed named in a filter, order or limit by its relation although it has an alias: still
 * accepted, but deprecated since PostgREST v16, which warns with a {@code Warning} header.
 */
public record LegacyTarget(String relation, String alias) {}
