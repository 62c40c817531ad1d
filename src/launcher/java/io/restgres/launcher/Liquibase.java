package io.restgres.launcher;

import java.io.File;
import java.sql.Connection;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Applies the project's {@code liquibase/} changelogs, as {@code mvn liquibase:update} does: same
 * search path, same changelog name, so both record the same changesets.
 */
public final class Liquibase {
  private Liquibase() {}

  public static void update(Connection c, File liquibaseDir, String contexts) throws Exception {
    System.setProperty("liquibase.analytics.enabled", "false");
    Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
    Scope.child(
        Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(liquibaseDir)),
        () ->
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, db)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "changelog.yaml")
                .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, contexts)
                .execute());
  }
}
