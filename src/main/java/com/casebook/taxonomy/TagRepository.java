package com.casebook.taxonomy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TagRepository extends JpaRepository<Tag, Long> {

	@Query("select t from Tag t where lower(t.nameZh) = lower(?1) or lower(t.nameEn) = lower(?1)")
	Optional<Tag> findByName(String name);

	List<Tag> findAllByOrderByNameZhAscNameEnAsc();

}
