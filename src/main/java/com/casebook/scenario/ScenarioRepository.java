package com.casebook.scenario;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScenarioRepository extends JpaRepository<Scenario, Long> {

	Page<Scenario> findByStatus(ScenarioStatus status, Pageable pageable);

	Page<Scenario> findByStatusAndCategoryIdIn(ScenarioStatus status, Collection<Long> categoryIds, Pageable pageable);

	@Query("select distinct s from Scenario s join s.tagIds t where s.status = ?1 and t = ?2")
	Page<Scenario> findByStatusAndTag(ScenarioStatus status, long tagId, Pageable pageable);

	Optional<Scenario> findByExternalRef(String externalRef);

	long countByStatus(ScenarioStatus status);

	java.util.List<Scenario> findByStatusOrderBySubmittedAtAscIdAsc(ScenarioStatus status);

	java.util.List<Scenario> findByAuthorIdOrderByUpdatedAtDesc(long authorId);

	@Modifying
	@Query("update Scenario s set s.viewCount = s.viewCount + 1 where s.id = ?1")
	void incrementViewCount(long id);

}
