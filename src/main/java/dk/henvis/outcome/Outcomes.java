package dk.henvis.outcome;

import dk.henvis.common.Dates;
import dk.henvis.common.Ids;
import dk.henvis.common.ProblemException;
import dk.henvis.common.Refusal;
import dk.henvis.programme.Programme;
import dk.henvis.programme.ScoreScale;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralAccess;
import dk.henvis.referral.ReferralDecisions;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Measurements, completion and escalation out of early help. */
@ApplicationScoped
public class Outcomes {

    @Inject
    ReferralDecisions decisions;
    @Inject
    ReferralAccess access;
    @Inject
    Clock clock;

    @Transactional
    public Measurement measure(UUID referralId, MeasurementRequest request, Actor actor) {
        Referral referral = decisions.load(referralId, actor, "a measurement");
        Programme programme = Programme.findByCode(referral.programmeCode);
        Refusal.enforce(ScoreScale.check(programme, "the score", request.score()));
        LocalDate measuredAt = request.measuredAt() == null ? Dates.today(clock) : request.measuredAt();
        if (measuredAt.isAfter(Dates.today(clock))) {
            throw ProblemException.invalid("measuredAt", "must not lie in the future");
        }
        if (measuredAt.isBefore(referral.receivedOn)) {
            throw ProblemException.ruleViolated("a measurement cannot lie before the referral was received ("
                    + referral.receivedOn + ")");
        }
        if (request.phase().once()
                && Measurement.count("referralId = ?1 and phase = ?2", referral.id, request.phase()) > 0) {
            throw ProblemException.ruleViolated("the course already has a " + request.phase() + " measurement");
        }
        Measurement measurement = new Measurement();
        measurement.id = Ids.next();
        measurement.referralId = referral.id;
        measurement.phase = request.phase();
        measurement.score = request.score();
        measurement.measuredAt = measuredAt;
        measurement.createdAt = Dates.now(clock);
        measurement.persist();
        decisions.updated(referral, actor);
        return measurement;
    }

    @Transactional
    public Measurement read(UUID measurementId, Actor actor) {
        Measurement measurement = Measurement.findById(measurementId);
        if (measurement == null) {
            throw ProblemException.notFound("Measurement " + measurementId);
        }
        Referral referral = Referral.findById(measurement.referralId);
        if (referral == null || !access.canSee(referral, actor)) {
            throw ProblemException.notFound("Measurement " + measurementId);
        }
        return measurement;
    }

    /**
     * A course's measurements in the order they were taken. Scores are statistics, not personal data: the caller
     * has read (and audited) the referral itself; this checks only that the actor may see it.
     */
    @Transactional
    public List<MeasurementView> measurementsOf(UUID referralId, Actor actor) {
        Referral referral = access.require(referralId, actor);
        return Measurement.<Measurement>list("referralId = ?1 order by measuredAt, createdAt", referral.id).stream()
                .map(MeasurementView::of).toList();
    }

    @Transactional
    public Referral complete(UUID referralId, CompleteRequest request, Actor actor) {
        Referral referral = decisions.load(referralId, actor, "complete");
        referral.complete(request.outcome(), request.note(), Dates.now(clock), actor.name());
        decisions.publish(referral);
        return decisions.updated(referral, actor);
    }

    /**
     * The concern went beyond early help and a notification was made: record when and to whom, give the
     * place back (the next on the waiting list follows), erase free text and contact details now, and
     * leave the referral locked (a terminal status refuses every change).
     */
    @Transactional
    public Referral escalate(UUID referralId, EscalateRequest request, Actor actor) {
        Referral referral = decisions.load(referralId, actor, "escalate");
        referral.escalate(request.notifiedUnit(), request.reason().name(), Dates.now(clock), actor.name());
        decisions.publish(referral);
        return decisions.updated(referral, actor);
    }
}
