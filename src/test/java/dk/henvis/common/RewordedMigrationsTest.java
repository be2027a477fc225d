package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

/** A database migrated before four migrations' comments were reworded still starts; any other change is still refused. */
class RewordedMigrationsTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private Flyway flyway(boolean withCallback) {
        var configuration = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
        if (withCallback) {
            configuration.callbacks(new RewordedMigrations.ChecksumUpdate());
        }
        return configuration.load();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private int storedChecksum(String version) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("select checksum from \"flyway_schema_history\" where version = '" + version + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void theFilesCarryTheNewWordingsChecksums() throws SQLException {
        flyway(false).migrate();
        for (RewordedMigrations.Reworded migration : RewordedMigrations.REWORDED) {
            assertThat(storedChecksum(migration.version())).as("V" + migration.version()).isEqualTo(migration.after());
        }
    }

    @Test
    void aDatabaseMigratedWithTheOldWordingValidatesAndIsMovedToTheNew() throws SQLException {
        flyway(false).migrate();
        for (RewordedMigrations.Reworded migration : RewordedMigrations.REWORDED) {
            sql("update \"flyway_schema_history\" set checksum = " + migration.before() + " where version = '"
                    + migration.version() + "'");
        }
        assertThatThrownBy(() -> flyway(false).migrate()).as("without the callback").isInstanceOf(FlywayValidateException.class);

        flyway(true).migrate();
        for (RewordedMigrations.Reworded migration : RewordedMigrations.REWORDED) {
            assertThat(storedChecksum(migration.version())).isEqualTo(migration.after());
        }
    }

    @Test
    void anyOtherChangeToAnAppliedMigrationIsStillRefused() throws SQLException {
        flyway(false).migrate();
        sql("update \"flyway_schema_history\" set checksum = 12345 where version = '2'");
        assertThatThrownBy(() -> flyway(true).migrate()).isInstanceOf(FlywayValidateException.class);
    }
}
