package dk.henvis.console;

import dk.henvis.common.ProblemType;
import dk.henvis.places.GroupStatus;
import dk.henvis.outcome.EscalationReason;
import dk.henvis.programme.ReferrerRole;
import dk.henvis.outcome.MeasurementPhase;
import dk.henvis.referral.ClosingReason;
import dk.henvis.referral.ContactRelation;
import dk.henvis.referral.ReasonCategory;
import dk.henvis.referral.ContactChannel;
import dk.henvis.referral.Outcome;
import dk.henvis.referral.Priority;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.session.AttendanceStatus;
import dk.henvis.session.SessionType;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The console's words, in Danish: statuses, reasons and the messages a refused form shows. */
@MessageBundle(value = "m", locale = "da")
public interface ConsoleMessages {

    @Message("{#when status}{#is RECEIVED}Modtaget{#is IN_ASSESSMENT}Under visitation{#is ACCEPTED}Visiteret"
            + "{#is WAITLISTED}På venteliste{#is PLACED}Tildelt plads{#is IN_PROGRESS}I gang{#is COMPLETED}Afsluttet"
            + "{#is DECLINED}Afvist{#is WITHDRAWN}Trukket tilbage{#is ESCALATED}Underretning sendt{/when}")
    String status(ReferralStatus status);

    @Message("{#when reason}{#is NOT_ELIGIBLE}Opfylder ikke betingelserne{#is OPEN_CASE}Åben sag i familieafdelingen"
            + "{#is NO_CONSENT}Mangler samtykke{#is REFERRED_ELSEWHERE}Henvist til andet tilbud"
            + "{#is NO_LONGER_NEEDED}Ikke længere behov{#is OTHER}Andet{/when}")
    String closingReason(ClosingReason reason);

    @Message("{#when channel}{#is PHONE}Telefon{#is HOME_VISIT}Hjemmebesøg{#is MEETING}Møde{#is VIDEO}Video"
            + "{#is LETTER}Brev{#is EMAIL}E-mail{/when}")
    String channel(ContactChannel channel);

    @Message("{#when outcome}{#is GOAL_REACHED}Målet er nået{#is PARTLY_REACHED}Målet er delvist nået"
            + "{#is NOT_REACHED}Målet er ikke nået{/when}")
    String outcome(Outcome outcome);

    @Message("{#when reason}{#is CONCERN_FOR_WELLBEING}Bekymring for trivsel{#is VIOLENCE_OR_ABUSE}Vold eller overgreb"
            + "{#is NEGLECT}Omsorgssvigt{#is SUBSTANCE_ABUSE}Misbrug{#is NEEDS_LONGER_SUPPORT}Behov for længerevarende støtte"
            + "{#is OTHER}Andet{/when}")
    String escalationReason(EscalationReason reason);

    @Message("{#when priority}{#is HIGH}Høj{#is NORMAL}Normal{/when}")
    String priority(Priority priority);

    @Message("{#when status}{#is OPEN}Åben{#is CLOSED}Lukket for optag{#is FINISHED}Afsluttet{#is CANCELLED}Aflyst{/when}")
    String groupStatus(GroupStatus status);

    @Message("{#when type}{#is REGULAR}Almindelig session{#is FEEDBACK}Tilbagemelding{#is REUNION}Gensyn{/when}")
    String sessionType(SessionType type);

    @Message("{#when status}{#is ATTENDED}Mødt{#is ABSENT}Udeblevet{#is EXCUSED}Afbud{/when}")
    String attendance(AttendanceStatus status);

    @Message("{#when phase}{#is START}Ved start{#is INTERIM}Undervejs{#is END}Ved afslutning{/when}")
    String measurementPhase(MeasurementPhase phase);

    @Message("{#when type}{#is VALIDATION_FAILED}Formularen er ikke udfyldt korrekt"
            + "{#is NOT_FOUND}Det, du leder efter, findes ikke, eller du har ikke adgang til det"
            + "{#is FORBIDDEN}Din rolle må ikke gøre dette"
            + "{#is INVALID_TRANSITION}Henvisningens status tillader ikke dette lige nu"
            + "{#is GROUP_FULL}Gruppen har ingen ledig plads. Sæt henvisningen på venteliste, eller vælg en anden gruppe"
            + "{#is PRECONDITION_FAILED}En anden har ændret henvisningen, mens du havde siden åben. Se den aktuelle status nedenfor, og prøv igen"
            + "{#is REQUEST_IN_PROGRESS}Handlingen er allerede i gang. Vent et øjeblik, og genindlæs siden"
            + "{#is IDEMPOTENCY_KEY_REUSED}Formularen er allerede sendt med andre værdier. Genindlæs siden, og prøv igen"
            + "{#is RULE_VIOLATED}Handlingen strider mod en regel for forløbet"
            + "{#is NOT_ELIGIBLE}Borgeren opfylder ikke betingelserne for forløbet"
            + "{#is OPEN_CASE}Barnet har en åben sag i familieafdelingen"
            + "{#is CONSENT_MISSING}Forældrenes samtykke mangler"
            + "{#is SESSION_LIMIT_REACHED}Det højeste antal samtaler er nået"
            + "{#is DUPLICATE_REFERRAL}Der findes allerede en åben henvisning for borgeren i forløbet"
            + "{#else}Noget gik galt. Prøv igen{/when}")
    String problem(ProblemType type);

    @Message("Der skete en fejl hos os, og intet blev ændret. Prøv igen om lidt. Kontakt support, hvis det sker igen, og oplys hændelsesnummer {id}.")
    String incident(String id);

    @Message("Udfyld feltet med en gyldig værdi")
    String fieldInvalid();

    @Message("Vælg en værdi")
    String fieldChoose();

    @Message("Datoen og tidspunktet må ikke ligge i fremtiden eller før henvisningen blev modtaget")
    String fieldFirstContactAt();

    @Message("Skriv en dato som dd.mm.åååå, fx 02.12.2026")
    String fieldDate();

    @Message("Skriv datoerne som dd.mm.åååå. Slutdatoen må ikke ligge før startdatoen, og perioden må højst være 10 år")
    String fieldPeriod();

    @Message("Kapaciteten skal være et helt tal fra 1 til 500 og mindst antallet af optagne pladser")
    String fieldCapacity();

    @Message("Skriv en reference som H-2026-00042, eller et navn og en fødselsdato")
    String searchHint();

    @Message("Scoren ligger uden for forløbets skala")
    String ruleScoreScale();

    @Message("Skriv et helt tal på forløbets skala")
    String fieldScore();

    @Message("Alle forløbets samtaler er brugt. Kun tilbagemelding og gensyn kan registreres, medmindre en koordinator forlænger forløbet")
    String fieldSessionLimit();

    @Message("Forløbet kan ikke forlænges sådan")
    String ruleExtension();

    @Message("Forløbet tillader ikke denne forlængelse: det er allerede forlænget, eller forlængelsen har for mange samtaler")
    String fieldExtension();

    @Message("Gensynet holdes først, når alle deltageres termin er passeret")
    String ruleReunion();

    @Message("Vælg en anden type, eller registrér gensynet efter den sidste termin")
    String fieldReunion();

    @Message("En af deltagerne er ikke længere i gruppen, så intet blev gemt. Genindlæs siden, og registrér sessionen igen")
    String ruleParticipants();

    @Message("Vælg fremmøde for deltageren")
    String fieldAttendance();

    @Message("Datoen må ikke ligge i fremtiden")
    String fieldNotInFuture();

    @Message("Skriv varigheden som et helt antal minutter fra 1 til 600, eller lad feltet stå tomt")
    String fieldDuration();

    @Message("Skriv antallet af ekstra samtaler som et helt tal fra 1")
    String fieldAdditionalSessions();

    @Message("Skriv en begrundelse for forlængelsen")
    String fieldJustification();

    @Message("Der er en fejl i formularen")
    String errorSummaryTitle();

    @Message("{#when role}{#is HEALTH_VISITOR}sundhedsplejen{#is SCHOOL}skoler{#is DAYCARE}dagtilbud{#is PPR}PPR"
            + "{#is GP}praktiserende læger{#is FAMILY}familien selv{#is OTHER}andre fagpersoner{/when}")
    String referrerRole(ReferrerRole role);

    @Message("{#when relation}{#is MOTHER}Mor{#is FATHER}Far{#is PARENT}Forælder{#is GUARDIAN}Værge"
            + "{#is FOSTER_PARENT}Plejeforælder{#is SELF}Borgeren selv{#is OTHER}Andet{/when}")
    String contactRelation(ContactRelation relation);

    @Message("{#when category}{#is WELLBEING}Trivsel{#is ANXIETY}Angst{#is BEHAVIOUR}Adfærd"
            + "{#is POSTNATAL_REACTION}Efterfødselsreaktion{#is PREGNANCY}Graviditet{#is PARENTING}Forældreskab"
            + "{#is FAMILY_SITUATION}Familiens situation{#is SOCIAL}Sociale forhold{#is SCHOOL}Skole"
            + "{#is DEVELOPMENT}Udvikling{#is OTHER}Andet{/when}")
    String reasonCategory(ReasonCategory category);

    @Message("Koordinatoren visiterer henvisningen. I hører fra os senest {days} dage efter, at henvisningen er modtaget.")
    String nextWithVisitation(int days);

    @Message("Der er ingen visitation: henvisningen er godkendt, når den er modtaget. Første kontakt er senest {days} dage efter.")
    String nextWithoutVisitation(int days);

    @Message("Skriv navnet")
    String fieldName();

    @Message("Skriv CPR-nummeret som ddmmåå-xxxx, fx 010522-1234, eller lad feltet stå tomt")
    String fieldCpr();

    @Message("Skriv et telefonnummer med 8 cifre, fx 12 34 56 78")
    String fieldPhone();

    @Message("Skriv en e-mailadresse, fx navn@eksempel.dk")
    String fieldEmail();

    @Message("Markér, at forældrene har givet samtykke til henvisningen")
    String ruleConsent();

    @Message("Barnets alder passer ikke til forløbet")
    String ruleChildAge();

    @Message("Terminen skal ligge i fremtiden og inden for forløbets grænse")
    String ruleDueDate();

    @Message("Barnets fødselsdato passer ikke til forløbets aldersgrænse")
    String ruleInfantAge();

    @Message("Forløbet er ikke for børn med en åben sag i familieafdelingen")
    String ruleOpenCase();

    @Message("Vælg en score på forløbets skala")
    String ruleScore();

    @Message("Borgeren er allerede henvist til forløbet, og henvisningen er ikke afsluttet")
    String ruleDuplicate();
}
