package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRequestThatCannotReachTheDatabaseIsA503ProblemWithRetryAfter() {
        Response answer = ProblemMapper.failure(new PersistenceException(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused")))),
                "/api/v1/referrals");

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo(ProblemMapper.RETRY_AFTER_SECONDS);
        assertThat(answer.getMediaType().toString()).isEqualTo(ProblemMapper.PROBLEM_JSON);
        assertThat(((Problem) answer.getEntity()).type()).endsWith("/service-unavailable");
    }

    @Test
    void aConnectionCutOffOrAServerShuttingDownOrAnEmptyPoolIsTheDatabaseAway() {
        assertThat(DatabaseUnavailable.in(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.in(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.in(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
        assertThat(DatabaseUnavailable.in(new SQLTransientConnectionException("pool closed"))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotAnOutage() {
        assertThat(DatabaseUnavailable.in(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.in(new SQLException("lock timeout", "55P03"))).isFalse();
        assertThat(ProblemMapper.failure(new IllegalStateException("bug"), "/x").getStatus()).isEqualTo(500);
    }
}
