package dk.henvis.programme;

import dk.henvis.common.CacheReads;
import dk.henvis.common.Causes;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue as every referral and every catalogue read sees it: each programme is read once and
 * kept for a moment ({@code quarkus.cache.caffeine."programmes".expire-after-write}), because every
 * referral reads its programme and the catalogue changes a few times a year. This replica drops its
 * copies when a programme is saved here and committed; another replica sees the change when its copy
 * expires. A code that is not in the catalogue is not remembered, so a new programme is found at once.
 */
@ApplicationScoped
public class ProgrammeCatalogue {

    static final String CACHE = "programmes";
    static final String LIST_CACHE = "programme-list";

    @Inject
    @CacheName(CACHE)
    Cache programmes;
    @Inject
    @CacheName(LIST_CACHE)
    Cache list;

    /** Fired by {@link ProgrammeService} when it saves a programme. */
    public record Changed(String code) {
    }

    /**
     * The programme with this code. One instance is shared by every request until it expires, so it is
     * read and never changed (to change a programme: {@link ProgrammeService#save}).
     */
    public Optional<Programme> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CacheReads.get(programmes, code, ProgrammeCatalogue::load));
        } catch (RuntimeException e) {
            if (Causes.any(e, NotInCatalogue.class::isInstance)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The whole catalogue in code order, as the API shows it. */
    public List<ProgrammeView> list() {
        return CacheReads.get(list, LIST_CACHE, all -> Programme.<Programme>listAll(io.quarkus.panache.common.Sort.by("code"))
                .stream().map(ProgrammeView::of).toList());
    }

    private static Programme load(String code) {
        Programme programme = Programme.findByCode(code);
        if (programme == null) {
            throw new NotInCatalogue(); // a failure is not cached, an absent value would be
        }
        return programme;
    }

    /** After the commit, so that no request in between can cache the programme as it was. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        programmes.invalidateAll().await().indefinitely();
        list.invalidateAll().await().indefinitely();
    }

    private static final class NotInCatalogue extends RuntimeException {
        NotInCatalogue() {
            super(null, null, false, false);
        }
    }
}
