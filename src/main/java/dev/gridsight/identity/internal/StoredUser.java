package dev.gridsight.identity.internal;

import dev.gridsight.identity.UserAccount;

/** An account with its password hash; never leaves this package. */
record StoredUser(UserAccount account, String passwordHash) {
}
