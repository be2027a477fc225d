package dk.henvis.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium driven by Playwright, headless. Without /usr/bin/chromium the browser tests are skipped,
 * unless HENVIS_REQUIRE_BROWSER=1 (CI), where a missing browser fails them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browser launch() {
        boolean required = "1".equals(System.getenv("HENVIS_REQUIRE_BROWSER"));
        if (!Files.isExecutable(CHROMIUM)) {
            assertThat(required).as("HENVIS_REQUIRE_BROWSER=1 but " + CHROMIUM + " is missing (apt-get install chromium)")
                    .isFalse();
            Assumptions.abort("Browser tests skipped: " + CHROMIUM + " is missing (apt-get install chromium)");
        }
        Playwright playwright = Playwright.create();
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
        return new Browser(playwright, browser);
    }

    /** A fresh browser window (own cookies) signed in through the sign-in form. */
    Page signIn(String base, String user) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("da-DK").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(base + "/console/login");
        page.getByLabel("Brugernavn").fill(user);
        page.getByLabel("Adgangskode").fill(user);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log ind")).click();
        page.waitForURL("**/console");
        return page;
    }

    Page anonymous() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("da-DK")).newPage();
    }

    /** Fails with the rules and elements when axe finds any WCAG 2.1 A or AA violation on the page. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> page.url() + ":\n" + violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml())
                        .collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
