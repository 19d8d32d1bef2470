package com.casebook.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findBySecretHash(String secretHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

	/** Marks a token used, at most once a minute, so a busy script writes little. */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = ?2 where t.id = ?1 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
	int markUsed(long id, Instant at, Instant notSince);

}
