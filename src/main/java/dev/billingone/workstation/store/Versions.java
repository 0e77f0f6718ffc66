package dev.billingone.workstation.store;

import dev.billingone.workstation.core.ConflictException;

/**
 * Full-edit screens load a record, let the accountant work on it for minutes, then save: the save names the
 * version it started from, and a newer version in the database means someone else saved first.
 */
public final class Versions {
    private Versions() {
    }

    public static void require(BaseEntity entity, long expectedVersion, String what) {
        if (entity.getVersion() != expectedVersion) {
            throw new ConflictException(what + " was changed by someone else since you opened it (version "
                    + expectedVersion + ", now " + entity.getVersion() + "). Reload it, then apply your change again.");
        }
    }
}
