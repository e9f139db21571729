package dev.gridsight.identity;

import java.util.Optional;
import java.util.UUID;

/** Looking people up, for modules that add members or show who did what. */
public interface UserDirectory {

	Optional<UserAccount> findById(UUID id);

	Optional<UserAccount> findByEmail(String email);

	/** The administrator created first (the one first start made), if any. */
	Optional<UserAccount> firstAdmin();

}
