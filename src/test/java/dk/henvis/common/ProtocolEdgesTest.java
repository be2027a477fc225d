package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Requests at the edge of HTTP itself, sent over a raw socket: each gets a problem body, never a 500 or nothing. */
@QuarkusTest
class ProtocolEdgesTest {

    @Test
    void anHttp10RequestWithoutHostIsAnsweredNotAFailure() throws Exception {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/referrals HTTP/1.0\r\nAuthorization: " + RawHttp.basic("coordinator")
                + "\r\nAccept: application/json\r\n\r\n");
        assertThat(answer.status()).as(answer.head()).isBetween(200, 499);
    }

    @Test
    void anHttp10RequestWithoutHostForAMissingResourceIsA404Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/referrals/00000000-0000-0000-0000-000000000000 HTTP/1.0\r\n"
                + "Authorization: " + RawHttp.basic("coordinator") + "\r\n\r\n");
        assertThat(answer.status()).as(answer.head()).isEqualTo(404);
        assertThat(answer.body()).contains("\"status\":404");
    }

    @Test
    void anAddressOverFourKilobytesIsA414Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/referrals/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertProblem(answer, 414);
    }

    @Test
    void aHeaderOverSixteenKilobytesIsA431Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/programmes HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "a".repeat(17 * 1024) + "\r\n\r\n");
        assertProblem(answer, 431);
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.head()).isEqualTo(status);
        assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).contains("https://henvis.dk/problems/");
    }
}
