package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

class ClientGoneTest {

    @Test
    void aBodyReadCutShortByTheClientClosingIsTheClientGoingAwayNotAnIncident() {
        assertThat(ProblemMapper.clientWentAway(new IOException(new ClosedChannelException()))).isTrue();
        assertThat(ProblemMapper.clientWentAway(new UncheckedIOException(new IOException(new HttpClosedException("closed")))))
                .isTrue();
    }

    @Test
    void anyOtherFailureStaysAnIncident() {
        assertThat(ProblemMapper.clientWentAway(new IOException("disk full"))).isFalse();
        assertThat(ProblemMapper.clientWentAway(new IllegalStateException("bug"))).isFalse();
    }
}
