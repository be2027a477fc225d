package dk.henvis.console;

import dk.henvis.common.ProblemType;
import dk.henvis.places.GroupStatus;
import dk.henvis.outcome.EscalationReason;
import dk.henvis.referral.ClosingReason;
import dk.henvis.referral.ContactChannel;
import dk.henvis.referral.Outcome;
import dk.henvis.referral.Priority;
import dk.henvis.referral.ReferralStatus;
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

    @Message("Der er en fejl i formularen")
    String errorSummaryTitle();
}
