package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A statement the database refuses must not carry its values into the exception, which a log or an incident
 * report may print: on PostgreSQL the driver would otherwise add "Failing row contains (…)" and, for a batch,
 * the statement with its parameters (logServerErrorDetail=false in application.properties).
 */
@QuarkusTest
class DatabaseErrorDetailTest {

    private static final String NAME = "Hemmelig Hansen";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRefusedStatementNamesItsConstraintButNoneOfItsValues() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = referralWithoutItsRequiredFields(connection)) {
            SQLException refused = catchThrowableOfType(SQLException.class, insert::executeUpdate);
            assertThat(messages(refused)).containsIgnoringCase("null").doesNotContain(NAME);
        }
    }

    @Test
    void aRefusedBatchNamesNoneOfItsValuesEither() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = referralWithoutItsRequiredFields(connection)) {
            insert.addBatch();
            SQLException refused = catchThrowableOfType(SQLException.class, insert::executeBatch);
            assertThat(messages(refused)).isNotBlank().doesNotContain(NAME);
        }
    }

    /** A referral of a named child with none of the fields the table requires: the database must refuse it. */
    private static PreparedStatement referralWithoutItsRequiredFields(Connection connection) throws SQLException {
        PreparedStatement insert = connection.prepareStatement("insert into referral (id, subject_name) values (?, ?)");
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, NAME);
        return insert;
    }

    /** Every message in the chain: the exception, its causes and the driver's next exceptions. */
    private static String messages(SQLException refused) {
        assertThat((Object) refused).as("the database refuses a referral without its required fields").isNotNull();
        StringBuilder all = new StringBuilder();
        for (SQLException e = refused; e != null; e = e.getNextException()) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                all.append(t.getMessage()).append('\n');
            }
        }
        return all.toString();
    }
}
