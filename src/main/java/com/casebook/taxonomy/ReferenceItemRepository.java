package com.casebook.taxonomy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceItemRepository extends JpaRepository<ReferenceItem, Long> {

	List<ReferenceItem> findByKindOrderByPositionAscIdAsc(ReferenceKind kind);

}
