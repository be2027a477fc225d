package dk.henvis.places;

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

    /**
     * Locks the given groups' rows in one fixed order (by id), so that two moves in opposite directions
     * between the same groups wait for each other instead of deadlocking. The lock is taken by an UPDATE
     * that changes nothing rather than SELECT … FOR UPDATE: on PostgreSQL that is a FOR NO KEY UPDATE lock,
     * which does not conflict with the key-share locks that other placements' foreign-key checks hold on
     * the group (a FOR UPDATE would, and would deadlock with them when they go on to take a place).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockInOrder(UUID... groupIds) {
        java.util.Arrays.stream(groupIds).distinct().sorted().forEach(id -> em.createNativeQuery(
                        "update programme_group set occupied_places = occupied_places where id = :id")
                .setParameter("id", id)
                .executeUpdate());
    }

    /** Free places of an OPEN group as the database holds them now; 0 for a group that is not OPEN. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int free(UUID groupId) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> rows = em.createNativeQuery("select capacity - occupied_places from programme_group "
                        + "where id = :id and status = 'OPEN'")
                .setParameter("id", groupId)
                .getResultList();
        return rows.isEmpty() ? 0 : Math.max(0, rows.get(0).intValue());
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
