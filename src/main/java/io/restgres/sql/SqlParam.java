package io.restgres.sql;

/**
 * One value bound to a {@code ?} placeholder. {@code jdbcType} is {@link java.sql.Types#OTHER} for
 * untyped values, which pgjdbc sends as {@code unknown} so that PostgreSQL infers the type from the
 * context, as PostgREST does.
 */
public record SqlParam(Object value, int jdbcType) {}
