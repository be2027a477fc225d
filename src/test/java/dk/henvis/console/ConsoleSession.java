package dk.henvis.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person signed in to the console through its sign-in form, with the cookies a browser would keep. */
final class ConsoleSession {

    private static final Pattern INPUT = Pattern.compile("<input (?![^>]*type=\"checkbox\")[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();

    private ConsoleSession() {
    }

    static ConsoleSession signIn(String user) {
        ConsoleSession session = new ConsoleSession();
        Response response = given().redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", user)
                .post("/j_security_check");
        assertThat(response.statusCode()).as("sign-in answer").isEqualTo(302);
        session.cookies.putAll(response.getCookies());
        assertThat(session.cookies).containsKey("quarkus-credential");
        return session;
    }

    RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    Response get(String path) {
        Response response = request().get(path);
        keep(response);
        return response;
    }

    /** Posts a form as the page drew it: its inputs as filled in (CSRF token, idempotency key, version...) plus the given values. */
    Response submit(String page, String action, Map<String, String> values) {
        Map<String, String> hidden = hiddenFields(page, action);
        Map<String, String> form = new LinkedHashMap<>(hidden);
        form.putAll(values);
        return post(action, form);
    }

    Response post(String action, Map<String, String> form) {
        Response response = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).post(action);
        keep(response);
        return response;
    }

    /** The inputs (hidden and text, as the page filled them in) of the form on the page that posts to {@code action}. */
    static Map<String, String> hiddenFields(String page, String action) {
        int start = page.indexOf("action=\"" + action + "\"");
        assertThat(start).as("a form posting to " + action).isGreaterThanOrEqualTo(0);
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(form);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    private void keep(Response response) {
        cookies.putAll(response.getCookies());
    }
}
