package dk.henvis.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.outcome.Measurement;
import dk.henvis.places.GroupService;
import dk.henvis.places.GroupView;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import dk.henvis.session.Courses;
import dk.henvis.session.ProgrammeSession;
import dk.henvis.support.Api;
import dk.henvis.support.AuditLog;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The practitioner's console: groups, a group session with attendance in one form, sessions and scores. */
@QuarkusTest
class PractitionerConsoleTest {

    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    @Inject
    MutableClock clock;
    @Inject
    GroupService groups;

    private final LocalDate today = Referrals.today();

    /** A Fønix group with two mothers placed in it (and whoever the group took from the waiting list). */
    private static String fonixGroup(String name) {
        return Api.as("coordinator").body(Map.of("name", name, "capacity", 8))
                .post("/api/v1/programmes/fonix/groups").then().statusCode(201).extract().path("id");
    }

    private static String placedFonix(String group) {
        String id = Referrals.accepted(Referrals.fonix());
        Courses.place(id, group);
        return id;
    }

    private static long sessionsOfGroup(String group) {
        return ProgrammeSession.count("groupId", UUID.fromString(group));
    }

    private static long individualSessions(String referral) {
        return ProgrammeSession.count("referralId", UUID.fromString(referral));
    }

    /** The attendance form as drawn, every participant given the status the test names (ATTENDED by default). */
    private static Map<String, String> attendance(String page, String group, Map<String, String> statuses) {
        Map<String, String> form = new HashMap<>(ConsoleSession.hiddenFields(page, "/console/groups/" + group + "/session"));
        for (String participant : form.get("participants").split(",")) {
            form.put("attendance-" + participant, statuses.getOrDefault(participant, "ATTENDED"));
        }
        form.put("type", "REGULAR");
        form.put("durationMinutes", "60");
        return form;
    }

    @Test
    void thePractitionersStartPageListsTheGroupsOfTheirProgrammesWithStatusDatesAndPlaces() {
        String name = "Fønix start " + Referrals.uniqueName();
        String group = fonixGroup(name);
        placedFonix(group);
        int occupied = Api.as("coordinator").get("/api/v1/groups/" + group).then().extract().path("occupiedPlaces");

        String page = ConsoleSession.signIn("practitioner").get("/console").then().statusCode(200).extract().asString();

        assertThat(page).contains("<title>Mine grupper – henvis</title>", "/console/groups/" + group + "\">" + name,
                "Fønix", "Åben", occupied + " af 8").doesNotContain("Din konsol er på vej", "Arbejdsliste</a>");
    }

    @Test
    void aPractitionerSeesOnlyTheGroupsOfTheProgrammesTheyWorkIn() {
        String fonix = fonixGroup("Fønix kun " + Referrals.uniqueName());
        String sandplay = Courses.group("sandplay", 8);
        Actor fonixOnly = new Actor("fonix-practitioner", Set.of(Role.PRACTITIONER), Optional.empty(), Optional.empty(),
                Set.of("fonix"));

        List<String> seen = groups.workedIn(fonixOnly).stream().map(g -> g.id().toString()).toList();

        assertThat(seen).contains(fonix).doesNotContain(sandplay);
        assertThat(groups.workedIn(fonixOnly)).extracting(GroupView::programmeCode).containsOnly("fonix");
        assertThat(groups.workedIn(fonixOnly)).allMatch(g -> g.participants() == null);
    }

    @Test
    void aPractitionerRegistersAFonixGroupSessionWithEveryParticipantsAttendanceInOneFormAndTheFirstAttendedStartsTheCourse() {
        String group = fonixGroup("Fønix hold " + Referrals.uniqueName());
        String mother = placedFonix(group);
        String absent = placedFonix(group);
        ConsoleSession practitioner = ConsoleSession.signIn("practitioner");
        String page = practitioner.get("/console/groups/" + group).then().statusCode(200).extract().asString();
        assertThat(page).contains("Registrér en session", "name=\"attendance-" + mother + "\"",
                "name=\"attendance-" + absent + "\"").doesNotContain("Til ventelisten");

        Response response = practitioner.post("/console/groups/" + group + "/session",
                attendance(page, group, Map.of(absent, "ABSENT")));

        assertThat(response.statusCode()).as(ConsoleFormsTest.errors(response)).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/console/groups/" + group);
        assertThat(sessionsOfGroup(group)).isEqualTo(1);
        assertThat(Courses.status(mother)).isEqualTo("IN_PROGRESS");
        assertThat(Courses.status(absent)).isEqualTo("PLACED");
        String after = practitioner.get("/console/groups/" + group).asString();
        assertThat(after).contains("Sessioner (1)", DA.format(today));
        String referral = practitioner.get("/console/referrals/" + mother).then().statusCode(200).extract().asString();
        assertThat(referral).contains("<span class=\"badge badge-status\">I gang</span>", "1 af ubegrænset");
    }

    @Test
    void aSecondClickOfTheSameSessionFormStoresNoSecondSessionNorUsesASecondSession() {
        String group = fonixGroup("Fønix dobbeltklik " + Referrals.uniqueName());
        String mother = placedFonix(group);
        ConsoleSession practitioner = ConsoleSession.signIn("practitioner");
        String page = practitioner.get("/console/groups/" + group).asString();
        Map<String, String> form = attendance(page, group, Map.of());

        Response first = practitioner.post("/console/groups/" + group + "/session", form);
        Response second = practitioner.post("/console/groups/" + group + "/session", form);

        assertThat(List.of(first.statusCode(), second.statusCode())).containsExactly(303, 303);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(sessionsOfGroup(group)).isEqualTo(1);
        assertThat(Courses.sessionsUsed(mother)).isEqualTo(1);
        assertThat(Courses.status(mother)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anAttendanceFormWithAParticipantLeftOutIsRefusedAtThatParticipantAndStoresNoSession() {
        String group = fonixGroup("Fønix mangler " + Referrals.uniqueName());
        String mother = placedFonix(group);
        String forgotten = placedFonix(group);
        ConsoleSession practitioner = ConsoleSession.signIn("practitioner");
        String page = practitioner.get("/console/groups/" + group).asString();
        Map<String, String> form = attendance(page, group, Map.of());
        form.remove("attendance-" + forgotten);

        Response response = practitioner.post("/console/groups/" + group + "/session", form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("Der er en fejl i formularen", "href=\"#session-attendance-" + forgotten + "\"",
                "Vælg fremmøde for deltageren", "id=\"session-attendance-" + forgotten + "\"");
        assertThat(sessionsOfGroup(group)).isZero();
        assertThat(Courses.status(mother)).isEqualTo("PLACED");
    }

    @Test
    void anAttendanceListTheApiRefusesLeavesNoSessionBehind() {
        String group = fonixGroup("Fønix flyttet " + Referrals.uniqueName());
        String mother = placedFonix(group);
        String moving = placedFonix(group);
        ConsoleSession practitioner = ConsoleSession.signIn("practitioner");
        String page = practitioner.get("/console/groups/" + group).asString();
        Courses.place(moving, fonixGroup("Fønix andet hold " + Referrals.uniqueName()));

        Response response = practitioner.post("/console/groups/" + group + "/session", attendance(page, group, Map.of()));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("En af deltagerne er ikke længere i gruppen, så intet blev gemt");
        assertThat(sessionsOfGroup(group)).isZero();
        assertThat(Courses.status(mother)).isEqualTo("PLACED");
        assertThat(Courses.sessionsUsed(mother)).isZero();
    }

    @Test
    void aPusterummetReunionBeforeEveryDueDateIsRefusedAtTheTypeWithTheChoicesKept() {
        String group = Courses.group("pusterummet", 5);
        String mother = Courses.placed(Courses.pusterummet(today, today.plusMonths(2)), group, clock);
        ConsoleSession practitioner = ConsoleSession.signIn("practitioner");
        String page = practitioner.get("/console/groups/" + group).asString();
        Map<String, String> form = attendance(page, group, Map.of(mother, "EXCUSED"));
        form.put("type", "REUNION");

        Response response = practitioner.post("/console/groups/" + group + "/session", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("Gensynet holdes først, når alle deltageres termin er passeret",
                "href=\"#session-type\"", "<option value=\"REUNION\" selected>",
                "value=\"EXCUSED\" checked");
        assertThat(sessionsOfGroup(group)).isZero();
    }

    @Test
    void aSixthTidligForebyggelseSessionIsRefusedOnThePageInDanishAndNotStored() {
        String referral = Courses.placed(Courses.tidligForebyggelse(today), Courses.group("tidlig-forebyggelse", 3), clock);
        ConsoleSession practitioner = ConsoleSession.signIn("practitioner");
        for (int i = 1; i <= 5; i++) {
            String page = practitioner.get("/console/referrals/" + referral).asString();
            Response done = practitioner.submit(page, "/console/referrals/" + referral + "/session",
                    Map.of("type", "REGULAR", "attended", "yes"));
            assertThat(done.statusCode()).as(ConsoleFormsTest.errors(done)).isEqualTo(303);
        }
        String page = practitioner.get("/console/referrals/" + referral).asString();
        assertThat(page).contains("5 af 5", "Individuelle samtaler (5)");

        Response sixth = practitioner.submit(page, "/console/referrals/" + referral + "/session",
                Map.of("type", "REGULAR", "attended", "yes", "durationMinutes", "45"));

        assertThat(sixth.statusCode()).isEqualTo(409);
        assertThat(sixth.asString()).contains("Det højeste antal samtaler er nået", "href=\"#session-type\"",
                "Alle forløbets samtaler er brugt", "value=\"45\"");
        assertThat(individualSessions(referral)).isEqualTo(5);
        assertThat(Courses.sessionsUsed(referral)).isEqualTo(5);
    }

    @Test
    void aScoreOutsideTheScaleIsRefusedAtTheFieldWithTheValueKept() {
        String referral = Courses.placed(Courses.tidligForebyggelse(today), Courses.group("tidlig-forebyggelse", 3), clock);
        ConsoleSession practitioner = ConsoleSession.signIn("practitioner");
        String page = practitioner.get("/console/referrals/" + referral).asString();
        assertThat(page).contains("Et helt tal fra 1 til 10");

        Response refused = practitioner.submit(page, "/console/referrals/" + referral + "/measurement",
                Map.of("phase", "START", "score", "11"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Scoren ligger uden for forløbets skala", "href=\"#measurement-score\"",
                "id=\"measurement-score-error\"", "Skriv et helt tal på forløbets skala", "value=\"11\"");
        assertThat(Measurement.count("referralId", UUID.fromString(referral))).isZero();

        Response measured = practitioner.submit(page, "/console/referrals/" + referral + "/measurement",
                Map.of("phase", "START", "score", "4"));
        assertThat(measured.statusCode()).as(ConsoleFormsTest.errors(measured)).isEqualTo(303);
        String after = practitioner.get("/console/referrals/" + referral).asString();
        assertThat(after).contains("Trivselsmålinger (1)", "Ved start", "4 af 10");
        assertThat(ConsoleSession.hiddenFields(after, "/console/referrals/" + referral + "/measurement")).isNotEmpty();
        assertThat(after).doesNotContain("<option value=\"START\"");
    }

    @Test
    void aPractitionerGetsTheCourseFormsButNotTheCoordinatorsDecisionsNorAnExtension() {
        String referral = Courses.placed(Courses.rettidigUngeIndsats(today), Courses.group("rettidig-unge-indsats", 3), clock);
        ConsoleSession practitioner = ConsoleSession.signIn("practitioner");
        String page = practitioner.get("/console/referrals/" + referral).then().statusCode(200).extract().asString();

        assertThat(page).contains("/session\"", "/measurement\"")
                .doesNotContain("/extension\"", "/complete\"", "/withdraw\"", "/escalate\"", "der er ingen handlinger");
        Map<String, String> form = new HashMap<>(ConsoleSession.hiddenFields(page, "/console/referrals/" + referral + "/session"));
        form.put("additionalSessions", "6");
        form.put("justification", "Behov for mere tid");
        assertThat(practitioner.post("/console/referrals/" + referral + "/extension", form).statusCode()).isEqualTo(403);
        assertThat(Api.as("coordinator").get("/api/v1/referrals/" + referral).then().extract().<Integer>path("sessionLimit"))
                .isEqualTo(6);
    }

    @Test
    void aCoordinatorGrantsTheOneExtensionAndATooLongOneIsRefusedAtTheField() {
        String referral = Courses.placed(Courses.rettidigUngeIndsats(today), Courses.group("rettidig-unge-indsats", 3), clock);
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + referral).asString();
        assertThat(page).contains("0 af 1 (højst 6 samtaler hver)", "Højst 6 samtaler");

        Response tooLong = coordinator.submit(page, "/console/referrals/" + referral + "/extension",
                Map.of("additionalSessions", "7", "justification", "Behov for mere tid"));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.asString()).contains("Forløbet kan ikke forlænges sådan", "href=\"#extension-additionalSessions\"",
                "Behov for mere tid");

        Response granted = coordinator.submit(page, "/console/referrals/" + referral + "/extension",
                Map.of("additionalSessions", "6", "justification", "Behov for mere tid"));
        assertThat(granted.statusCode()).as(ConsoleFormsTest.errors(granted)).isEqualTo(303);
        String after = coordinator.get("/console/referrals/" + referral).asString();
        assertThat(after).contains("0 af 12", "1 af 1 (højst 6 samtaler hver)",
                "Forløbet er forlænget det antal gange, forløbet tillader").doesNotContain("/extension\"");
    }

    @Test
    void theGroupAndReferralPagesWriteOneAuditRowEachAsTheApiReadsAndTheStartPageNone() {
        String group = fonixGroup("Fønix revision " + Referrals.uniqueName());
        String mother = placedFonix(group);
        Courses.measure(mother, "START", 5, today).statusCode(201);
        ConsoleSession practitioner = ConsoleSession.signIn("practitioner");

        long before = AuditLog.total();
        practitioner.get("/console/groups/" + group).then().statusCode(200);
        assertThat(AuditLog.total()).as("the group page with its participants").isEqualTo(before + 1);
        assertThat(AuditLog.newest(1).get(0)).containsEntry("action", "READ").containsEntry("actor", "practitioner")
                .containsEntry("endpoint", "GET /console/groups/{id}");

        before = AuditLog.total();
        practitioner.get("/console/referrals/" + mother).then().statusCode(200);
        assertThat(AuditLog.total()).as("the referral page with its sessions and scores").isEqualTo(before + 1);
        assertThat(AuditLog.newest(1).get(0)).containsEntry("action", "READ").containsEntry("referralId", mother)
                .containsEntry("endpoint", "GET /console/referrals/{id}");

        before = AuditLog.total();
        practitioner.get("/console").then().statusCode(200);
        assertThat(AuditLog.total()).as("the start page shows no personal data").isEqualTo(before);
    }
}
