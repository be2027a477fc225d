package dk.henvis.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The capacity invariant lives here: a place is taken by one conditional UPDATE that succeeds only
 * while the group is OPEN and has a free place, so no two transactions can both take the last one
 * (the row lock serialises them and the condition is re-checked). A CHECK constraint
 * (occupied_places between 0 and capacity) backs it up in the database itself.
 */
@ApplicationScoped
public class Places {

    @Inject
    EntityManager em;

    /** Takes one place; false when the group is full or not OPEN. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(UUID groupId) {
        return em.createNativeQuery("update programme_group set occupied_places = occupied_places + 1 "
                        + "where id = :id and status = 'OPEN' and occupied_places < capacity")
                .setParameter("id", groupId)
                .executeUpdate() == 1;
    }

    /** Gives one place back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID groupId) {
        em.createNativeQuery("update programme_group set occupied_places = occupied_places - 1 "
                        + "where id = :id and occupied_places > 0")
                .setParameter("id", groupId)
                .executeUpdate();
    }

    /** The group as the database holds it now, including the counter changed by native updates. */
    public Group current(UUID groupId) {
        Group group = Group.findById(groupId);
        if (group != null) {
            em.refresh(group);
        }
        return group;
    }
}
