package dk.henvis.common;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Four migrations had their opening comment reworded after they had been applied; their SQL is unchanged. Flyway
 * checksums every line, comments too, so a database migrated before would refuse to start. Before Flyway
 * validates, the stored checksum of exactly these four is moved from the old wording's to the new one's, and
 * only where it still is the old one: any other difference fails validation as it should.
 */
@Singleton
public class RewordedMigrations implements FlywayConfigurationCustomizer {

    /** A migration whose stored checksum {@code before} stands for the file that now has {@code after}. */
    public record Reworded(String version, int before, int after) {
    }

    public static final List<Reworded> REWORDED = List.of(
            new Reworded("2", -824707270, 669670214),
            new Reworded("30", -1033041794, 759048432),
            new Reworded("40", -705651121, -1816668333),
            new Reworded("41", -880578589, 1000061694));

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(new ChecksumUpdate());
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }

    /** The callback itself, usable with a plain Flyway too. */
    public static final class ChecksumUpdate implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            String table = context.getConfiguration().getTable();
            Connection connection = context.getConnection();
            try {
                if (!exists(connection, table)) {
                    return;
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set checksum = ? where version = ? and checksum = ?")) {
                    for (Reworded migration : REWORDED) {
                        update.setInt(1, migration.after());
                        update.setString(2, migration.version());
                        update.setInt(3, migration.before());
                        update.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new FlywayException("Could not bring the reworded migrations' checksums up to date", e);
            }
        }

        private static boolean exists(Connection connection, String table) throws SQLException {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
                return tables.next();
            }
        }

        @Override
        public String getCallbackName() {
            return "reworded-migrations";
        }
    }
}
