package com.casebook.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.username) = lower(?1)")
	Optional<UserAccount> findByUsername(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();

	List<UserAccount> findByIdIn(Collection<Long> ids);

	/**
	 * A bulk update: remembering a language is no edit of the account (no version bump).
	 */
	@Modifying
	@Query("update UserAccount u set u.preferredLanguage = ?2 where u.id = ?1")
	int setPreferredLanguage(long id, String languageTag);

}
