package dk.henvis.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A programme of the catalogue with its eligibility rules and figures. */
@Entity
public class Programme extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    public ProgrammeFormat format;
    @Column(name = "subject_types")
    String subjectTypesCsv;
    public Integer minAgeYears;
    public Integer maxAgeYears;
    public Integer dueDateMaxMonthsAhead;
    public Integer infantMaxAgeMonths;
    @Column(name = "referrer_roles")
    String referrerRolesCsv;
    public boolean excludesOpenCase;
    public boolean requiresVisitation;
    public Integer sessionLimit;
    public Integer extensionSessions;
    public int maxExtensions;
    public int firstContactWithinDays;
    public int scaleMin;
    public int scaleMax;
    public String scaleLabel;
    public Integer groupSizeMin;
    public Integer groupSizeMax;
    public Long annualBudgetDkk;
    public Integer targetParticipantsPerYear;
    public boolean autoPromote;
    @Version
    public long version;

    public static Programme findByCode(String code) {
        return findById(code);
    }

    // Every referral checks both sets against its programme, which the catalogue shares between requests:
    // each list is parsed once per value it holds, not on every check.
    @Transient
    private transient volatile Parsed<SubjectType> subjectTypesParsed;
    @Transient
    private transient volatile Parsed<ReferrerRole> referrerRolesParsed;

    private record Parsed<E extends Enum<E>>(String csv, Set<E> values) {
        static <E extends Enum<E>> Parsed<E> of(String csv, Class<E> type) {
            return new Parsed<>(csv, Collections.unmodifiableSet(parse(csv, type)));
        }
    }

    public Set<SubjectType> subjectTypes() {
        Parsed<SubjectType> parsed = subjectTypesParsed;
        if (parsed == null || !Objects.equals(parsed.csv(), subjectTypesCsv)) {
            subjectTypesParsed = parsed = Parsed.of(subjectTypesCsv, SubjectType.class);
        }
        return parsed.values();
    }

    public void subjectTypes(Set<SubjectType> types) {
        subjectTypesCsv = join(types);
    }

    public Set<ReferrerRole> referrerRoles() {
        Parsed<ReferrerRole> parsed = referrerRolesParsed;
        if (parsed == null || !Objects.equals(parsed.csv(), referrerRolesCsv)) {
            referrerRolesParsed = parsed = Parsed.of(referrerRolesCsv, ReferrerRole.class);
        }
        return parsed.values();
    }

    public void referrerRoles(Set<ReferrerRole> roles) {
        referrerRolesCsv = join(roles);
    }

    public boolean scaleHolds(int score) {
        return score >= scaleMin && score <= scaleMax;
    }

    private static <E extends Enum<E>> Set<E> parse(String csv, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(",")).map(String::trim).map(v -> Enum.valueOf(type, v)).forEach(values::add);
        }
        return values;
    }

    private static <E extends Enum<E>> String join(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
